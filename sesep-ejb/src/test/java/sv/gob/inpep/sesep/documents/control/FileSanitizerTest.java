package sv.gob.inpep.sesep.documents.control;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.RuleViolation;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every stored file goes through {@link DocumentInspector#inspect}, so that is what these call: what
 * comes back is what an agent opens and a citizen receives.
 */
class FileSanitizerTest {

    private final DocumentInspector inspector = new DocumentInspector();

    @Test
    void javaScriptInEveryPlaceAPdfCanHoldItIsGone() {
        byte[] hostile = HostileFiles.javaScriptPdf();
        assertContains(hostile, "/JavaScript", "/OpenAction", "/AA", "/XFA");
        assertClean(store("informe.pdf", hostile));
    }

    @Test
    void launchSubmitImportAndLinksOutAreGone() {
        byte[] hostile = HostileFiles.launchPdf();
        assertContains(hostile, "/Launch", "/SubmitForm", "/URI", "/GoToR", "/ImportData");
        assertClean(store("informe.pdf", hostile));
    }

    @Test
    void embeddedFilesAndMultimediaAreGone() {
        byte[] hostile = HostileFiles.embeddedFilePdf();
        assertContains(hostile, "/EmbeddedFiles", "/RichMedia", "factura.exe");
        byte[] stored = store("informe.pdf", hostile);
        assertClean(stored);
        assertFalse(latin1(stored).contains("MZ este es el programa"), "the program itself is not copied");
    }

    @Test
    void aPolyglotKeepsOnlyThePdf() {
        byte[] hostile = HostileFiles.polyglotPdf();
        byte[] stored = store("informe.pdf", hostile);
        assertClean(stored);
        String text = latin1(stored);
        assertFalse(text.contains("<html") || text.contains("<script"), "the HTML tail is dropped");
        assertFalse(text.contains("PK\u0003\u0004"), "the ZIP tail is dropped");
    }

    @Test
    void htmlWithAPdfBehindItIsRefused() {
        assertRefused("error.document.unrecognized", () -> inspector.inspect("informe.pdf", HostileFiles.htmlThenPdf()));
    }

    @Test
    void aPasswordProtectedPdfHasItsOwnMessage() {
        assertRefused("error.document.protectedPdf", () -> inspector.inspect("clave.pdf", HostileFiles.passwordPdf()));
    }

    @Test
    void aPlainPdfKeepsItsPagesAndText() {
        byte[] stored = store("constancia.pdf", HostileFiles.plainPdf());
        assertClean(stored);
        DocumentInspector.Inspection found = inspector.inspect("constancia.pdf", HostileFiles.plainPdf());
        assertEquals(found.content().length, found.sizeBytes(), "size and fingerprint are the stored file's");
        assertEquals(DocumentInspector.sha256(found.content()), found.sha256());
    }

    @Test
    void aPhotoLosesItsPositionAndWhatFollowsIt() throws IOException {
        byte[] hostile = HostileFiles.photoWithGpsAndTail();
        assertTrue(latin1(hostile).contains(HostileFiles.GPS));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(hostile)), "the hostile photo is a readable JPEG");
        DocumentInspector.Inspection found = inspector.inspect("foto.jpg", hostile);
        byte[] stored = found.content();
        String text = latin1(stored);
        assertFalse(text.contains("Exif") || text.contains(HostileFiles.GPS), "no EXIF block");
        assertFalse(text.contains("PK\u0003\u0004"), "no ZIP after the image");
        assertEquals((byte) 0xFF, stored[stored.length - 2]);
        assertEquals((byte) 0xD9, stored[stored.length - 1], "the file ends where the image does");
        assertEquals(120, ImageIO.read(new ByteArrayInputStream(stored)).getWidth());
        assertEquals(DocumentInspector.JPEG, found.contentType());
    }

    @Test
    void aPngLosesWhatFollowsIt() throws IOException {
        byte[] stored = inspector.inspect("foto.png", HostileFiles.pngWithTail()).content();
        String text = latin1(stored);
        assertFalse(text.contains("<html"));
        assertTrue(text.endsWith("IEND\u00AEB`\u0082"), "the file ends with the image's last chunk");
        assertEquals(80, ImageIO.read(new ByteArrayInputStream(stored)).getHeight());
    }

    @Test
    void anImageTooLargeToDecodeIsRefusedBeforeDecoding() throws IOException {
        // A PNG header announcing 10,000 × 10,000 pixels: refused from the header alone.
        byte[] png = HostileFiles.image("png");
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(10_000).putInt(10_000);
        assertRefused("error.document.imageTooLarge", () -> inspector.inspect("plano.png", png));
    }

    private byte[] store(String name, byte[] content) {
        DocumentInspector.Inspection found = inspector.inspect(name, content);
        assertEquals(DocumentInspector.PDF, found.contentType());
        assertEquals(HostileFiles.TEXT, text(found.content()), "the page's text survives");
        return found.content();
    }

    /** No active content, and nothing after the end of the PDF. */
    static void assertClean(byte[] pdf) {
        String text = latin1(pdf);
        for (String name : HostileFiles.ACTIVE) {
            assertFalse(text.matches("(?s).*" + name + "[^A-Za-z0-9].*"), name + " is still in the file");
        }
        assertTrue(text.startsWith("%PDF-"), "nothing before the header");
        assertTrue(text.stripTrailing().endsWith("%%EOF"), "nothing after the end");
        assertEquals(1, text.split("%%EOF", -1).length - 1, "one revision only");
    }

    private static void assertContains(byte[] hostile, String... names) {
        for (String name : names) {
            assertTrue(latin1(hostile).contains(name), "the test file really carries " + name);
        }
    }

    static String text(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return PdfTextExtractor.getTextFromPage(doc.getPage(1)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String latin1(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1);
    }

    private static void assertRefused(String key, org.junit.jupiter.api.function.Executable action) {
        assertEquals(key, assertThrows(RuleViolation.class, action).getMessageKey());
    }
}
