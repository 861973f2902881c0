package sv.gob.inpep.sesep.requests.control;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptRendererTest {

    private static final LocalDateTime FILED = LocalDateTime.of(2026, 3, 2, 14, 5);

    private final ReceiptRenderer renderer = new ReceiptRenderer();

    @Test
    void theReceiptCarriesEveryFieldOfAnnex1() throws IOException {
        byte[] pdf = renderer.receipt(new ReceiptContent(ApplicantKind.BENEFICIARY, "780549025894", "106305144",
                "2012-047433", "01045693-6", "Rosa Amelia", "Guzmán de Orellana", "7245-8813",
                "rosa.guzman@sesep.example", "Certificación de pensión", "Constancias y certificaciones",
                "Centro de Atención al Usuario", "SEI-2026000042", FILED, "CWG-17", false,
                "ABCD-EFGH-JKLM-NPQR", "https://sesep.example/verificar.xhtml?codigo=ABCD-EFGH-JKLM-NPQR"));
        save("receipt.pdf", pdf);
        String text = normalized(pdf);
        // Table cells come out row by row, so labels and values are checked apart.
        for (String expected : List.of("GOBIERNO DE EL", "SALVADOR", "INSTITUTO NACIONAL DE PENSIONES DE LOS EMPLEADOS PÚBLICOS",
                "SISTEMA ELECTRÓNICO DE SERVICIOS PREVISIONALES", "COMPROBANTE DE PRESENTACIÓN DE SOLICITUD ELECTRÓNICA",
                "IDENTIFICACIÓN DEL SOLICITANTE", "CALIDAD DE:", "(X) Beneficiario", "( ) Cotizante", "( ) Pensionado",
                "NUP:", "780549025894", "MATRÍCULA INPEP:", "106305144", "EXPEDIENTE:", "2012-047433", "DUI:",
                "01045693-6", "NOMBRES:", "Rosa Amelia", "APELLIDOS:", "Guzmán de Orellana", "TELÉFONO:", "7245-8813",
                "CORREO", "ELECTRÓNICO:", "rosa.guzman@sesep.example", "DETALLE DEL SERVICIO SOLICITADO",
                "SERVICIO:", "Certificación de pensión", "CATEGORIA:", "Constancias y certificaciones",
                "ÁREA QUE", "ATENDERÁ:", "Centro de Atención al Usuario", "*" + FilingDeclaration.TEXT,
                "USUARIO SOLICITANTE", "DATOS DE PRESENTACIÓN ELECTRÓNICA", "Canal Electrónico: SESEP",
                "SEI-2026000042", "FECHA: 02/03/2026", "HORA: 02:05 p.m.", "REGISTRO DE ATENCIÓN: CWG-17",
                "ABCD-EFGH-JKLM-NPQR", "Código Postal 01-117")) {
            assertTrue(text.contains(expected), () -> "missing «" + expected + "» in: " + text);
        }
        try (PdfDocument doc = open(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), "one page");
        }
    }

    @Test
    void theTicketFitsAn80MillimetrePrinterAndShowsAnnex2() throws IOException {
        byte[] pdf = renderer.ticket(new TicketContent("José Antonio Martínez López", "04512378-8", "CWG-17",
                "SEI-2026000042", LocalDateTime.of(2026, 5, 12, 8, 0), "ABCD-EFGH-JKLM-NPQR",
                "https://sesep.example/verificar.xhtml?codigo=ABCD-EFGH-JKLM-NPQR"));
        save("ticket.pdf", pdf);
        String text = normalized(pdf);
        for (String expected : List.of("SERVICIOS PREVISIONALES WEB", "inpep", "12/05/2026 08:00 a.m.", "Usuario",
                "JOSÉ ANTONIO MARTÍNEZ LÓPEZ", "04512378-8", "Su número de atención es", "CWG-17", "SEI-2026000042",
                "www.inpep.gob.sv")) {
            assertTrue(text.contains(expected), () -> "missing «" + expected + "» in: " + text);
        }
        try (PdfDocument doc = open(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), "one ticket, one page");
            Rectangle size = doc.getPage(1).getPageSize();
            assertEquals(80.0, size.getWidth() / 72 * 25.4, 0.1, "80 mm wide");
        }
    }

    private static String normalized(byte[] pdf) throws IOException {
        try (PdfDocument doc = open(pdf)) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        }
    }

    private static PdfDocument open(byte[] pdf) throws IOException {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    private static void save(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "rendered");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }
}
