package sv.gob.inpep.sesep.web.panel.supervision;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevelReport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceLevelsPdfTest {

    /** The pages' locale (faces-config's default), so the PDF's numbers read like the page's. */
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final ResourceBundle MSG = ResourceBundle.getBundle("sv.gob.inpep.sesep.web.messages", SPANISH);

    @Test
    void theSupervisorReadsThePeriodTheTotalsTheChartAndBothTablesOnTheFirstLandscapePageThenTheKpis() throws IOException {
        ServiceLevelReport report = new ServiceLevelReport(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), null, List.of(
                new ServiceLevelReport.ServiceLine("Centro de Atención al Usuario", "CERT-01", "Constancia de cotizaciones", 5,
                        12, 8, 6, 1, 3.25, 2, 1, 4.5, 4, Map.of(Resolution.ANSWERED, 7L, Resolution.DENIED, 1L), 26.25, 18.5),
                new ServiceLevelReport.ServiceLine("Departamento de Pensiones", "PEN-02", "Pensión por vejez", 20,
                        3, 0, 0, 0, null, 0, 0, null, 0, Map.of(Resolution.ANSWERED, 0L, Resolution.DENIED, 0L), null, null)),
                List.of(new ServiceLevelReport.AgentLine("G-0107", "Ana Beatriz Rivas", "Centro de Atención al Usuario", 11, 8, 2,
                        1, 12.5, 7.25)),
                List.of(new ServiceLevelReport.Comment("Centro de Atención al Usuario", "Constancia de cotizaciones",
                        "SEI-2026000007", 2, "Tardaron mucho; la señorita fue amable.", LocalDateTime.of(2026, 9, 20, 11, 5))));

        byte[] pdf = ServiceLevelsPdf.render(report, "Todas las áreas", LocalDateTime.of(2026, 10, 2, 9, 30), MSG, SPANISH);

        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertEquals(2, document.getNumberOfPages(), "the two tables on the first page, the KPIs after them");
            Rectangle page = document.getPage(1).getPageSize();
            assertTrue(page.getWidth() > page.getHeight(), "landscape, for the eleven columns");
            String text = PdfTextExtractor.getTextFromPage(document.getPage(1));
            assertTrue(text.contains("Niveles de servicio"), text);
            assertTrue(text.contains("Periodo: del 01/09/2026 al 30/09/2026 · Área: Todas las áreas · Generado el 02/10/2026 09:30"),
                    text);
            // Totals: 15 filed, 8 attended, 6 of them within target = 75.0 %, 1 overdue.
            assertTrue(text.contains("15 8 75,0 1"), text);
            // The chart: a bar per service with its share, or "sin atendidas".
            assertTrue(text.contains("Solicitudes atendidas dentro del plazo, por servicio"), text);
            assertTrue(text.contains("Constancia de cotizaciones 75,0 %"), text);
            assertTrue(text.contains("Pensión por vejez sin atendidas"), text);
            // The service table row and the agent table row.
            assertTrue(text.contains("5 12 8 6 75,0 3,3 1 2 1 4,5"), text);
            assertTrue(text.contains("G-0107 — Ana Beatriz Rivas"), text);
            assertTrue(text.contains("11 8 2 1 12,5 7,3"), text);
            // The KPIs: the 90 % goal, waiting and attention times, the rate of each resolution, the comments.
            assertTrue(text.contains("15 8 75,0 1 No cumplida"), text);
            text = text + "\n" + PdfTextExtractor.getTextFromPage(document.getPage(2));
            assertTrue(text.contains("No cumplida 26,3 18,5 16,7 58,3 8,3"), "2/12 observed, 7/12 answered, 1/12 denied: " + text);
            assertTrue(text.contains("Respondida (%)") && text.contains("Denegada (%)"), text);
            assertTrue(text.contains("Tardaron mucho; la señorita fue amable."), text);
        }
    }

    @Test
    void anEmptyPeriodSaysSoInsteadOfEmptyTables() throws IOException {
        ServiceLevelReport report = new ServiceLevelReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), 7L, List.of(),
                List.of(), List.of());

        byte[] pdf = ServiceLevelsPdf.render(report, "Departamento de Pensiones", LocalDateTime.of(2026, 2, 1, 8, 0), MSG, SPANISH);

        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            String text = PdfTextExtractor.getTextFromPage(document.getPage(1));
            assertTrue(text.contains("Área: Departamento de Pensiones"), text);
            assertTrue(text.contains("0 0 — 0"), "no percentage without attended requests: " + text);
            assertEquals(2, text.split("Sin datos en el periodo\\.", -1).length - 1, text);
        }
    }
}
