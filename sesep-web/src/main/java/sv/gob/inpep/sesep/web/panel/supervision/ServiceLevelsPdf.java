package sv.gob.inpep.sesep.web.panel.supervision;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevelReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The service-level report as a PDF, for the institute's records and meetings: the period and
 * area, the totals, a bar per service of the share attended within target, and the page's two
 * tables. Every label comes from the page's resource bundle, so the PDF says what the page says;
 * numbers are formatted for the reader's locale. Landscape letter, for the service table's eleven
 * columns. The KPIs the Jefaturas report (the 90 % goal, waiting and attention times, the rate of
 * each resolution, the citizens' comments) follow the two tables. The 14 standard PDF fonts cover
 * Spanish, so no font file ships and the text stays extractable.
 */
final class ServiceLevelsPdf {

    private static final Color NAVY = new DeviceRgb(11, 58, 117);
    private static final Color LIGHT = new DeviceRgb(232, 238, 246);
    private static final Color BAR = new DeviceRgb(31, 111, 178);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ResourceBundle msg;
    private final Locale locale;
    private final PdfFont regular;
    private final PdfFont bold;

    private ServiceLevelsPdf(ResourceBundle msg, Locale locale) throws IOException {
        this.msg = msg;
        this.locale = locale;
        this.regular = PdfFontFactory.createFont(StandardFonts.HELVETICA);
        this.bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
    }

    /** The report for {@code areaName} ("Todas las áreas" when none was chosen), issued at {@code generatedAt}. */
    static byte[] render(ServiceLevelReport report, String areaName, LocalDateTime generatedAt, ResourceBundle msg,
                         Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
             Document doc = new Document(pdf, PageSize.LETTER.rotate())) {
            ServiceLevelsPdf p = new ServiceLevelsPdf(msg, locale);
            pdf.getDocumentInfo().setTitle(p.text("panel.supervision.serviceLevels.title") + " "
                    + DATE.format(report.from()) + " - " + DATE.format(report.to())).setAuthor("INPEP - SESEP");
            doc.setFont(p.regular).setFontSize(8.5f);
            doc.setMargins(28, 32, 28, 32);
            p.write(doc, report, areaName, generatedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the service-level report", e);
        }
        return out.toByteArray();
    }

    private void write(Document doc, ServiceLevelReport r, String areaName, LocalDateTime generatedAt) {
        doc.add(new Paragraph(text("panel.supervision.levels.pdf.header")).setFont(bold).setFontSize(9).setFontColor(NAVY));
        doc.add(new Paragraph(text("panel.supervision.serviceLevels.title")).setFont(bold).setFontSize(16).setMarginBottom(0));
        doc.add(new Paragraph(format("panel.supervision.levels.pdf.scope", DATE.format(r.from()), DATE.format(r.to()),
                areaName, DATE_TIME.format(generatedAt))).setMarginTop(2));

        Table totals = new Table(UnitValue.createPercentArray(5)).useAllAvailableWidth().setMarginTop(6);
        totals.addCell(header("panel.supervision.levels.col.filed")).addCell(header("panel.supervision.levels.col.attended"))
                .addCell(header("panel.supervision.levels.col.percent")).addCell(header("panel.supervision.levels.col.overdue"))
                .addCell(header("panel.supervision.levels.goal"));
        totals.addCell(number(r.filed())).addCell(number(r.attended())).addCell(number(r.withinTargetPercent()))
                .addCell(number(r.overdue())).addCell(goal(r.goalMet()));
        doc.add(totals);

        doc.add(title("panel.supervision.levels.chart"));
        if (r.services().isEmpty()) {
            doc.add(new Paragraph(text("panel.supervision.levels.none")));
        }
        Table chart = new Table(UnitValue.createPercentArray(new float[]{3f, 6f, 1f})).useAllAvailableWidth();
        for (ServiceLevelReport.ServiceLine s : r.services()) {
            chart.addCell(plain(s.serviceName()));
            chart.addCell(bar(s.withinTargetPercent()));
            chart.addCell(plain(s.withinTargetPercent() == null ? text("panel.supervision.levels.noneAttended")
                    : decimal(s.withinTargetPercent()) + " %").setTextAlignment(TextAlignment.RIGHT));
        }
        doc.add(chart);

        doc.add(title("panel.supervision.levels.services"));
        String[] serviceColumns = {"service", "target", "filed", "attended", "withinTarget", "percent", "averageDays", "overdue",
            "observed", "denied", "rating"};
        Table services = new Table(UnitValue.createPercentArray(new float[]{4f, 1.2f, 1f, 1f, 1.1f, 1.1f, 1.3f, 1.1f, 1f, 1f,
            1.2f})).useAllAvailableWidth();
        for (String column : serviceColumns) {
            services.addHeaderCell(header("panel.supervision.levels.col." + column));
        }
        for (ServiceLevelReport.ServiceLine s : r.services()) {
            services.addCell(bordered(s.serviceName() + "\n" + s.areaName()));
            services.addCell(number(s.targetDays())).addCell(number(s.filed())).addCell(number(s.attended()))
                    .addCell(number(s.withinTarget())).addCell(number(s.withinTargetPercent()))
                    .addCell(number(s.averageBusinessDays())).addCell(number(s.overdue())).addCell(number(s.observed()))
                    .addCell(number(s.denied())).addCell(number(s.averageRating()));
        }
        doc.add(services);

        doc.add(title("panel.supervision.levels.complaints"));
        doc.add(new Paragraph(text("panel.supervision.levels.complaintsIntro")));
        if (r.complaints().isEmpty()) {
            doc.add(new Paragraph(text("panel.supervision.levels.complaintsNone")));
        } else {
            doc.add(complaints(r));
        }

        doc.add(title("panel.supervision.levels.agents"));
        if (r.agents().isEmpty()) {
            doc.add(new Paragraph(text("panel.supervision.levels.none")));
        } else {
            doc.add(agents(r));
        }

        doc.add(title("panel.supervision.levels.times"));
        doc.add(new Paragraph(text("panel.supervision.levels.timesIntro")));
        List<Resolution> kinds = r.resolutionKinds();
        float[] widths = new float[5 + kinds.size()];
        Arrays.fill(widths, 1.3f);
        widths[0] = 4f;
        Table times = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
        for (String column : new String[]{"service", "goal", "firstTake", "attention", "observedPercent"}) {
            times.addHeaderCell(header("panel.supervision.levels.col." + column));
        }
        for (Resolution kind : kinds) {
            times.addHeaderCell(headerText(text("request.resolution." + kind) + " (%)"));
        }
        for (ServiceLevelReport.ServiceLine s : r.services()) {
            times.addCell(bordered(s.serviceName() + "\n" + s.areaName())).addCell(goal(s.goalMet()))
                    .addCell(number(s.averageWaitHours())).addCell(number(s.averageAttentionMinutes()))
                    .addCell(number(s.observedPercent()));
            for (Resolution kind : kinds) {
                times.addCell(number(s.resolutionPercent(kind)));
            }
        }
        doc.add(times);

        doc.add(title("panel.supervision.levels.comments"));
        if (r.comments().isEmpty()) {
            doc.add(new Paragraph(text("panel.supervision.levels.noComments")));
        } else {
            Table comments = new Table(UnitValue.createPercentArray(new float[]{3f, 1f, 7f})).useAllAvailableWidth();
            for (String column : new String[]{"service", "rating", "comment"}) {
                comments.addHeaderCell(header("panel.supervision.levels.col." + column));
            }
            for (ServiceLevelReport.Comment c : r.comments()) {
                comments.addCell(bordered(c.serviceName() + "\n" + c.seiNumber())).addCell(number(c.rating()))
                        .addCell(bordered(c.text() + "\n" + DATE_TIME.format(c.answeredAt())));
            }
            doc.add(comments);
        }
    }

    private Table complaints(ServiceLevelReport r) {
        String[] columns = {"area", "month", "complaintsFiled", "complaintsResolved", "withinTarget", "overdue", "upheld",
            "percent", "complaintGoal"};
        Table complaints = new Table(UnitValue.createPercentArray(new float[]{3.5f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f,
            1.4f})).useAllAvailableWidth();
        for (String column : columns) {
            complaints.addHeaderCell(header("panel.supervision.levels.col." + column));
        }
        for (ServiceLevelReport.ComplaintLine c : r.complaints()) {
            complaints.addCell(bordered(c.areaName())).addCell(bordered(c.monthLabel())).addCell(number(c.filed()))
                    .addCell(number(c.resolved())).addCell(number(c.withinTarget())).addCell(number(c.overdue()))
                    .addCell(number(c.upheld())).addCell(number(c.withinTargetPercent())).addCell(goal(c.goalMet()));
        }
        return complaints;
    }

    private Table agents(ServiceLevelReport r) {
        String[] agentColumns = {"agent", "resolved", "answered", "observed", "denied", "wait", "attention"};
        Table agents = new Table(UnitValue.createPercentArray(new float[]{4f, 1.2f, 1.2f, 1.2f, 1.2f, 1.6f, 1.6f}))
                .useAllAvailableWidth();
        for (String column : agentColumns) {
            agents.addHeaderCell(header("panel.supervision.levels.col." + column));
        }
        for (ServiceLevelReport.AgentLine a : r.agents()) {
            agents.addCell(bordered(a.gestorCode() + " — " + a.fullName() + "\n" + a.areaName()));
            agents.addCell(number(a.resolved())).addCell(number(a.answered())).addCell(number(a.observed()))
                    .addCell(number(a.denied())).addCell(number(a.averageWaitMinutes()))
                    .addCell(number(a.averageAttentionMinutes()));
        }
        return agents;
    }

    /** A horizontal bar as wide as the percentage; an empty track when nothing was attended. */
    private Cell bar(Double percent) {
        float filled = percent == null ? 0f : (float) Math.max(0, Math.min(100, percent.doubleValue()));
        Cell cell = new Cell().setBorder(Border.NO_BORDER).setPadding(3).setVerticalAlignment(VerticalAlignment.MIDDLE);
        if (filled <= 0f || filled >= 100f) {
            return cell.add(new Paragraph(" ").setFontSize(7)).setBackgroundColor(filled >= 100f ? BAR : LIGHT);
        }
        Table track = new Table(UnitValue.createPercentArray(new float[]{filled, 100f - filled})).useAllAvailableWidth();
        track.addCell(new Cell().add(new Paragraph(" ").setFontSize(7)).setBackgroundColor(BAR).setBorder(Border.NO_BORDER)
                .setPadding(0));
        track.addCell(new Cell().add(new Paragraph(" ").setFontSize(7)).setBackgroundColor(LIGHT).setBorder(Border.NO_BORDER)
                .setPadding(0));
        return cell.add(track);
    }

    private Paragraph title(String key) {
        return new Paragraph(text(key)).setFont(bold).setFontSize(11).setFontColor(NAVY).setMarginTop(10).setMarginBottom(3);
    }

    /** "Cumplida" / "No cumplida" against the institute's goal; a dash when nothing was attended. */
    private Cell goal(Boolean met) {
        return bordered(met == null ? "—" : text(met ? "panel.supervision.levels.goalMet" : "panel.supervision.levels.goalNotMet"))
                .setTextAlignment(TextAlignment.CENTER);
    }

    private Cell header(String key) {
        return headerText(text(key));
    }

    private Cell headerText(String label) {
        return new Cell().add(new Paragraph(label).setFont(bold).setFontColor(ColorConstants.WHITE).setFontSize(8))
                .setBackgroundColor(NAVY).setBorder(new SolidBorder(NAVY, 0.5f)).setPadding(3)
                .setVerticalAlignment(VerticalAlignment.MIDDLE);
    }

    private static Cell plain(String value) {
        return new Cell().add(new Paragraph(value)).setBorder(Border.NO_BORDER).setPadding(3)
                .setVerticalAlignment(VerticalAlignment.MIDDLE);
    }

    private static Cell bordered(String value) {
        return new Cell().add(new Paragraph(value)).setBorder(new SolidBorder(NAVY, 0.5f)).setPadding(3);
    }

    private Cell number(Number value) {
        String shown;
        if (value == null) {
            shown = "—";
        } else if (value instanceof Double d) {
            shown = decimal(d);
        } else {
            shown = String.format(locale, "%,d", value.longValue());
        }
        return bordered(shown).setTextAlignment(TextAlignment.RIGHT);
    }

    private String decimal(double value) {
        return String.format(locale, "%.1f", value);
    }

    private String text(String key) {
        return msg.getString(key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }
}
