package sv.gob.inpep.sesep.documents.control;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.RuleViolation;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentInspectorTest {

    private final DocumentInspector inspector = new DocumentInspector();

    @Test
    void aRealPdfIsAPdfWhateverItIsCalled() {
        DocumentInspector.Inspection found = inspector.inspect("dui.PDF", pdf());
        assertEquals(DocumentInspector.PDF, found.contentType());
        assertEquals("dui.PDF", found.fileName());
        assertEquals(64, found.sha256().length());
        assertEquals(DocumentInspector.PDF, inspector.inspect("escaneo.png", pdf()).contentType());
        assertEquals("escaneo.png.pdf", inspector.inspect("escaneo.png", pdf()).fileName(), "the name follows the content");
    }

    @Test
    void imagesAreRecognisedByTheirBytes() throws IOException {
        assertEquals(DocumentInspector.PNG, inspector.inspect("foto.png", image("png")).contentType());
        assertEquals(DocumentInspector.JPEG, inspector.inspect("foto.jpeg", image("jpg")).contentType());
        assertEquals("foto.jpg", inspector.inspect("foto", image("jpg")).fileName());
    }

    @Test
    void anExecutableRenamedToPdfIsRefused() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertRefused("error.document.unrecognized", () -> inspector.inspect("constancia.pdf", exe));
    }

    @Test
    void aPdfThatDoesNotParseIsRefused() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a PDF body\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertRefused("error.document.unreadablePdf", () -> inspector.inspect("roto.pdf", broken));
        byte[] truncated = Arrays.copyOf(pdf(), 200);
        assertRefused("error.document.unreadablePdf", () -> inspector.inspect("cortado.pdf", truncated));
    }

    @Test
    void anImageWithOnlyASignatureIsRefused() {
        byte[] fake = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertRefused("error.document.unreadableImage", () -> inspector.inspect("foto.png", fake));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("error.document.empty", () -> inspector.inspect("vacio.pdf", new byte[0]));
    }

    @Test
    void fileNamesLoseClientPathsAndUnsafeCharacters() {
        assertEquals("dui.pdf", DocumentInspector.safeFileName("C:\\Users\\ana\\dui.pdf"));
        assertEquals("dui.pdf", DocumentInspector.safeFileName("../../etc/dui.pdf"));
        assertEquals("mi dui.pdf", DocumentInspector.safeFileName("mi \"dui\".pdf\r\n"));
        assertEquals("documento", DocumentInspector.safeFileName("  "));
        String longName = "a".repeat(400) + ".pdf";
        assertEquals(255, DocumentInspector.safeFileName(longName).length());
        assertEquals(".pdf", DocumentInspector.safeFileName(longName).substring(251));
    }

    @Test
    void invisibleCharactersThatDisguiseANameAreRemoved() {
        // "informe" + U+202E + "fdp.exe" shows as "informeexe.pdf": the override goes, the name tells the truth.
        assertEquals("informefdp.exe", DocumentInspector.safeFileName("informe\u202Efdp.exe"));
        assertEquals("informefdp.exe.pdf", inspector.inspect("informe\u202Efdp.exe", pdf()).fileName());
        assertEquals("Señora Muñoz.pdf", DocumentInspector.safeFileName("..\\..\\Señora Muñoz.pdf"));
        assertEquals("Señora Muñoz.pdf", DocumentInspector.safeFileName("../Señora\u200B Muñoz\u200E.pdf"));
        assertEquals("y.pdf", DocumentInspector.safeFileName("C:\\x\\y.pdf"));
        assertEquals("constancia.pdf", DocumentInspector.safeFileName("\u2066constancia\u2069\u2028.pdf\uFEFF"));
        // An isolate or override hiding a path separator does not bring the path back.
        assertEquals("x.pdf", DocumentInspector.safeFileName("..\u202E/..\u2067\\x.pdf"));
        // "ñ" typed as n + combining tilde is stored as the one letter the agent's search finds.
        assertEquals("Muñoz.pdf", DocumentInspector.safeFileName("Mun\u0303oz.pdf"));
    }

    private static void assertRefused(String key, org.junit.jupiter.api.function.Executable action) {
        assertEquals(key, assertThrows(RuleViolation.class, action).getMessageKey());
    }

    static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)))) {
            doc.add(new Paragraph("Documento Único de Identidad"));
        }
        return out.toByteArray();
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }
}
