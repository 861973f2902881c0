package sv.gob.inpep.sesep.documents.control;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.RuleViolation;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

    /** A phone's photo taken upright but stored sideways (EXIF orientation 6) is stored upright, without the tag. */
    @Test
    void aSidewaysPhotoIsStoredTheWayItsCameraMeant() throws IOException {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            byte[] sideways = withOrientation(HostileFiles.image("jpg"), 6, order);
            assertEquals(6, ExifOrientation.of(sideways));
            BufferedImage stored = ImageIO.read(new ByteArrayInputStream(inspector.inspect("dui.jpg", sideways).content()));
            assertEquals(80, stored.getWidth(), "turned a quarter clockwise");
            assertEquals(120, stored.getHeight());
            // The blue block in the top left corner of the sensor's image is now in the top right.
            assertTrue(isBlue(stored.getRGB(54, 35)), Integer.toHexString(stored.getRGB(54, 35)));
            assertFalse(isBlue(stored.getRGB(25, 35)), Integer.toHexString(stored.getRGB(25, 35)));
            assertFalse(latin1(inspector.inspect("dui.jpg", sideways).content()).contains("Exif"));
        }
        assertEquals(1, ExifOrientation.of(HostileFiles.photoWithGpsAndTail()), "a forged EXIF block counts as upright");
        byte[] upsideDown = withOrientation(HostileFiles.image("jpg"), 3, ByteOrder.BIG_ENDIAN);
        BufferedImage turned = ImageIO.read(new ByteArrayInputStream(inspector.inspect("dui.jpg", upsideDown).content()));
        assertEquals(120, turned.getWidth());
        assertTrue(isBlue(turned.getRGB(120 - 1 - 35, 80 - 1 - 25)), "the block is now bottom right");
    }

    private static boolean isBlue(int rgb) {
        return (rgb & 0xFF) > 200 && ((rgb >> 16) & 0xFF) < 60;
    }

    /** {@code jpeg} with an EXIF block (APP1) holding one IFD entry: Orientation = {@code orientation}. */
    private static byte[] withOrientation(byte[] jpeg, int orientation, ByteOrder order) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(order);
        tiff.putShort(order == ByteOrder.LITTLE_ENDIAN ? (short) 0x4949 : (short) 0x4D4D).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        ByteBuffer file = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        file.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + exif.length)).put(exif)
                .put(jpeg, 2, jpeg.length - 2);
        return file.array();
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
