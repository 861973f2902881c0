package sv.gob.inpep.sesep.responses.control;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.exceptions.PdfException;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import sv.gob.inpep.sesep.RuleViolation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Puts the SEI number at the bottom-right corner of every page of the agent's response PDF, as
 * the manual has agents do by hand (activity 17). Also the check that the upload is a PDF at all:
 * the bytes must start like one and iText must be able to open it.
 */
public class PdfStamper {

    /** Distance of the stamp from the page's right and bottom edges, in points. */
    static final float MARGIN = 20;
    static final float FONT_SIZE = 9;

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    /** Whether the bytes look like a PDF (the header may follow a little garbage, as readers allow). */
    public static boolean looksLikePdf(byte[] content) {
        if (content == null || content.length < MAGIC.length) {
            return false;
        }
        int limit = Math.min(1024, content.length - MAGIC.length);
        for (int start = 0; start <= limit; start++) {
            boolean match = true;
            for (int i = 0; i < MAGIC.length && match; i++) {
                match = content[start + i] == MAGIC[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** Pages of a PDF the agent uploaded; refuses what is not a readable PDF. */
    public int pageCount(byte[] pdf) {
        requirePdf(pdf);
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return document.getNumberOfPages();
        } catch (IOException | PdfException | IllegalArgumentException e) {
            throw new RuleViolation("error.response.notPdf");
        }
    }

    /**
     * A copy of {@code pdf} with {@code text} at the bottom-right of every page, inside the
     * visible area of pages that are rotated or have a crop box.
     */
    public byte[] stamp(byte[] pdf, String text) {
        requirePdf(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out))) {
            PdfFont font = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                stampPage(document.getPage(number), text, font);
            }
        } catch (IOException | PdfException | IllegalArgumentException e) {
            throw new RuleViolation("error.response.notPdf");
        }
        return out.toByteArray();
    }

    private static void stampPage(PdfPage page, String text, PdfFont font) {
        Rectangle box = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        // Bottom-right as the reader sees the page: on a rotated page that is another corner of
        // the unrotated box, and the text is turned with the page.
        float x;
        float y;
        double angle;
        switch (rotation) {
            case 90 -> {
                x = box.getRight() - MARGIN;
                y = box.getTop() - MARGIN;
                angle = Math.PI / 2;
            }
            case 180 -> {
                x = box.getLeft() + MARGIN;
                y = box.getTop() - MARGIN;
                angle = Math.PI;
            }
            case 270 -> {
                x = box.getLeft() + MARGIN;
                y = box.getBottom() + MARGIN;
                angle = 3 * Math.PI / 2;
            }
            default -> {
                x = box.getRight() - MARGIN;
                y = box.getBottom() + MARGIN;
                angle = 0;
            }
        }
        PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), page.getDocument());
        try (Canvas canvas = new Canvas(pdfCanvas, page.getPageSize())) {
            canvas.showTextAligned(new Paragraph(text).setFont(font).setFontSize(FONT_SIZE),
                    x, y, page.getDocument().getPageNumber(page), TextAlignment.RIGHT, VerticalAlignment.BOTTOM,
                    (float) angle);
        }
    }

    private static void requirePdf(byte[] pdf) {
        if (!looksLikePdf(pdf)) {
            throw new RuleViolation("error.response.notPdf");
        }
    }
}
