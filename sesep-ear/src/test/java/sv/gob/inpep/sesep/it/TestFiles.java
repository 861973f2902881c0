package sv.gob.inpep.sesep.it;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.PdfReader;
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
import java.util.Random;

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
