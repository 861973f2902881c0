package sv.gob.inpep.sesep.it;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.filespec.PdfStringFS;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files the tests upload: real PDFs and images, and the bad ones a citizen might send. */
final class TestFiles {

    private TestFiles() {
    }

    /** A small, valid one-page PDF. */
    static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)))) {
            doc.add(new Paragraph(text));
        }
        return out.toByteArray();
    }

    /**
     * A valid PDF of at least {@code bytes} bytes: a page with an image of random pixels, which
     * no compression can shrink.
     */
    static byte[] pdfOfSize(int bytes) {
        int side = (int) Math.ceil(Math.sqrt(bytes / 3.0));
        byte[] pixels = new byte[side * side * 3];
        new Random(42).nextBytes(pixels);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 4096);
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)))) {
            doc.add(new Paragraph("Documento escaneado"));
            doc.add(new Image(ImageDataFactory.create(side, side, 3, 8, pixels, null)).setWidth(400));
        }
        return out.toByteArray();
    }

    /** A small valid PNG image. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The start of a Windows executable: what a renamed "constancia.exe" really contains. */
    static byte[] exe() {
        byte[] exe = new byte[8192];
        new Random(7).nextBytes(exe);
        exe[0] = 'M';
        exe[1] = 'Z';
        return exe;
    }

    /** Starts like a PDF but is not one. */
    static byte[] brokenPdf() {
        return ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nthis file was cut short")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** What must not reach an agent or a citizen in a stored PDF. */
    private static final String[] ACTIVE = {"/JavaScript", "/JS", "/OpenAction", "/Launch", "/EmbeddedFiles", "/AA",
            "/RichMedia", "/XFA"};
    /** The position a phone wrote into a photo's EXIF block. */
    static final String GPS = "GPS 13.6929 N 89.2182 W";

    /**
     * {@code pdf} armed as an attacker would: JavaScript on opening and on showing its first page,
     * a link that starts a program, an embedded executable, and an HTML page and a ZIP archive
     * after its end (a polyglot).
     */
    static byte[] armed(byte[] pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out))) {
            doc.getCatalog().setOpenAction(PdfAction.createJavaScript("app.alert('abierto')"));
            doc.getFirstPage().setAdditionalAction(PdfName.O, PdfAction.createJavaScript("app.alert('página')"));
            doc.getFirstPage().addAnnotation(new PdfLinkAnnotation(new Rectangle(36, 36, 100, 20))
                    .setAction(PdfAction.createLaunch(new PdfStringFS("C:\\Windows\\System32\\cmd.exe"))));
            doc.addFileAttachment("programa", PdfFileSpec.createEmbeddedFileSpec(doc,
                    "MZ programa".getBytes(StandardCharsets.US_ASCII), "programa", "programa.exe", null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] armed = concat(out.toByteArray(), "<html><script>alert(document.cookie)</script></html>"
                .getBytes(StandardCharsets.US_ASCII), zip());
        for (String name : new String[]{"/JavaScript", "/OpenAction", "/Launch", "/EmbeddedFiles", "/AA"}) {
            assertTrue(latin1(armed).contains(name), "the armed file carries " + name);
        }
        return armed;
    }

    /** A PDF without anything that acts, and without a byte outside its structure. */
    static void assertDisarmed(byte[] pdf) {
        String text = latin1(pdf);
        for (String name : ACTIVE) {
            assertFalse(text.matches("(?s).*" + name + "[^A-Za-z0-9].*"), name + " is still in the file");
        }
        assertFalse(text.contains("<html") || text.contains("PK\u0003\u0004") || text.contains("MZ programa"),
                "nothing of the HTML page, the ZIP or the program is left");
        assertTrue(text.startsWith("%PDF-") && text.stripTrailing().endsWith("%%EOF"), "nothing before or after the PDF");
        assertEquals(1, text.split("%%EOF", -1).length - 1, "one revision only");
    }

    /** A JPEG as a phone saves it, with the place it was taken, and a ZIP archive after its end. */
    static byte[] photoWithGpsAndTail() {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jpeg = out.toByteArray();
        byte[] exif = ("Exif\0\0II*\0" + GPS).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + exif.length)).put(exif);
        return concat(Arrays.copyOf(jpeg, 2), app1.array(), Arrays.copyOfRange(jpeg, 2, jpeg.length), zip());
    }

    /**
     * A PDF encrypted with a password (standard security handler, RC4 40 bits), written by hand:
     * iText cannot encrypt without Bouncy Castle, which SESEP does not ship.
     */
    static byte[] passwordPdf() {
        String key = "28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A";
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            "<< /Filter /Standard /V 1 /R 2 /O <" + key + "> /U <" + key + "> /P -3904 >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        StringBuilder xref = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (int i = 0; i < objects.length; i++) {
            xref.append(String.format("%010d 00000 n \n", pdf.length()));
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int start = pdf.length();
        pdf.append(xref).append("trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<").append(key, 0, 32).append("> <")
                .append(key, 0, 32).append(">] >>\nstartxref\n").append(start).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** An HTML page with a PDF after it, which browsers render as the page. */
    static byte[] htmlThenPdf(byte[] pdf) {
        return concat("<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII), pdf);
    }

    static String latin1(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("factura.exe"));
            zip.write("MZ programa".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The text of every page, whitespace collapsed. */
    static String text(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
