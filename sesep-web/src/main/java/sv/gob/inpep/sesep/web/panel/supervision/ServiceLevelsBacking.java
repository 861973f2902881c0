package sv.gob.inpep.sesep.web.panel.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import sv.gob.inpep.sesep.supervision.boundary.Board;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevelReport;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevels;
import sv.gob.inpep.sesep.supervision.boundary.SupervisionBoard;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * "Niveles de servicio": a period (this month so far by default) and an area, the report, and the
 * same figures as a CSV file for a spreadsheet (UTF-8 with a byte order mark, so Excel reads the
 * accents; headers from the bundle).
 */
@Named
@ViewScoped
public class ServiceLevelsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    SupervisionBoard supervision;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private Long areaId;
    private List<Board.Area> areas;
    private ServiceLevelReport report;

    @PostConstruct
    void load() {
        to = LocalDate.now(clock);
        from = to.withDayOfMonth(1);
        areas = supervision.areas();
        show();
    }

    /** "Consultar". */
    public void show() {
        report = serviceLevels.report(from, to, areaId);
    }

    /** The report shown, as CSV: one block per table. */
    public StreamedContent getCsv() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, msg.getString("panel.supervision.levels.col.area"), msg.getString("panel.supervision.levels.col.service"),
                msg.getString("panel.supervision.levels.col.target"), msg.getString("panel.supervision.levels.col.filed"),
                msg.getString("panel.supervision.levels.col.attended"), msg.getString("panel.supervision.levels.col.withinTarget"),
                msg.getString("panel.supervision.levels.col.percent"), msg.getString("panel.supervision.levels.col.averageDays"),
                msg.getString("panel.supervision.levels.col.overdue"), msg.getString("panel.supervision.levels.col.observed"),
                msg.getString("panel.supervision.levels.col.denied"), msg.getString("panel.supervision.levels.col.rating"));
        for (ServiceLevelReport.ServiceLine s : report.services()) {
            row(csv, s.areaName(), s.serviceName(), s.targetDays(), s.filed(), s.attended(), s.withinTarget(),
                    decimal(s.withinTargetPercent()), decimal(s.averageBusinessDays()), s.overdue(), s.observed(), s.denied(),
                    decimal(s.averageRating()));
        }
        csv.append("\r\n");
        List<Object> header = new ArrayList<>(List.of(msg.getString("panel.supervision.levels.col.area"),
                msg.getString("panel.supervision.levels.col.service"), msg.getString("panel.supervision.levels.col.goal"),
                msg.getString("panel.supervision.levels.col.firstTake"), msg.getString("panel.supervision.levels.col.attention"),
                msg.getString("panel.supervision.levels.col.observedPercent")));
        report.resolutionKinds().forEach(kind -> header.add(msg.getString("request.resolution." + kind) + " (%)"));
        header.add(msg.getString("panel.supervision.levels.col.ratings"));
        row(csv, header.toArray());
        for (ServiceLevelReport.ServiceLine s : report.services()) {
            List<Object> cells = new ArrayList<>(List.of(s.areaName(), s.serviceName(), goal(msg, s.goalMet()),
                    decimal(s.averageWaitHours()), decimal(s.averageAttentionMinutes()), decimal(s.observedPercent())));
            report.resolutionKinds().forEach(kind -> cells.add(decimal(s.resolutionPercent(kind))));
            cells.add(s.ratings());
            row(csv, cells.toArray());
        }
        csv.append("\r\n");
        row(csv, msg.getString("panel.supervision.levels.col.area"), msg.getString("panel.supervision.levels.col.month"),
                msg.getString("panel.supervision.levels.col.complaintsFiled"),
                msg.getString("panel.supervision.levels.col.complaintsResolved"),
                msg.getString("panel.supervision.levels.col.withinTarget"), msg.getString("panel.supervision.levels.col.overdue"),
                msg.getString("panel.supervision.levels.col.upheld"), msg.getString("panel.supervision.levels.col.percent"),
                msg.getString("panel.supervision.levels.col.complaintGoal"));
        for (ServiceLevelReport.ComplaintLine c : report.complaints()) {
            row(csv, c.areaName(), c.monthLabel(), c.filed(), c.resolved(), c.withinTarget(), c.overdue(), c.upheld(),
                    decimal(c.withinTargetPercent()), goal(msg, c.goalMet()));
        }
        csv.append("\r\n");
        row(csv, msg.getString("panel.supervision.levels.col.agent"), msg.getString("panel.supervision.levels.col.area"),
                msg.getString("panel.supervision.levels.col.resolved"), msg.getString("panel.supervision.levels.col.answered"),
                msg.getString("panel.supervision.levels.col.observed"), msg.getString("panel.supervision.levels.col.denied"),
                msg.getString("panel.supervision.levels.col.wait"), msg.getString("panel.supervision.levels.col.attention"));
        for (ServiceLevelReport.AgentLine a : report.agents()) {
            row(csv, a.gestorCode() + " " + a.fullName(), a.areaName(), a.resolved(), a.answered(), a.observed(), a.denied(),
                    decimal(a.averageWaitMinutes()), decimal(a.averageAttentionMinutes()));
        }
        csv.append("\r\n");
        row(csv, msg.getString("panel.supervision.levels.col.area"), msg.getString("panel.supervision.levels.col.service"),
                msg.getString("panel.supervision.levels.col.sei"), msg.getString("panel.supervision.levels.col.rating"),
                msg.getString("panel.supervision.levels.col.comment"), msg.getString("panel.supervision.levels.col.answeredAt"));
        for (ServiceLevelReport.Comment c : report.comments()) {
            row(csv, c.areaName(), c.serviceName(), c.seiNumber(), c.rating(), c.text(), c.answeredAt().withNano(0));
        }
        return download("csv", "text/csv; charset=UTF-8", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** "Cumplida" / "No cumplida", empty when nothing was attended. */
    static String goal(ResourceBundle msg, Boolean met) {
        return met == null ? "" : msg.getString(met ? "panel.supervision.levels.goalMet" : "panel.supervision.levels.goalNotMet");
    }

    /** The report shown, as a PDF with its chart (landscape letter). */
    public StreamedContent getPdf() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        // Without a choice, the supervisor's own areas: "all areas" would overstate what a Jefatura sees.
        String areaName = report.areaId() == null
                ? areas.stream().map(Board.Area::name).collect(Collectors.joining(", "))
                : areas.stream().filter(a -> Long.valueOf(a.id()).equals(report.areaId())).map(Board.Area::name).findFirst()
                        .orElse("");
        return download("pdf", "application/pdf",
                ServiceLevelsPdf.render(report, areaName, LocalDateTime.now(clock), msg, faces.getViewRoot().getLocale()));
    }

    /** The shown report's file, named after its period. */
    private StreamedContent download(String extension, String contentType, byte[] bytes) {
        return DefaultStreamedContent.builder()
                .name("niveles-de-servicio-" + report.from() + "-" + report.to() + "." + extension)
                .contentType(contentType)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    private static void row(StringBuilder csv, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i].toString();
            // Quoted, quotes doubled; a cell starting like a formula is defused for spreadsheets.
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    private static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public List<Board.Area> getAreas() {
        return areas;
    }

    public ServiceLevelReport getReport() {
        return report;
    }
}
