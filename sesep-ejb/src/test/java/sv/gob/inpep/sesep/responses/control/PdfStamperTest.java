package sv.gob.inpep.sesep.responses.control;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.RuleViolation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SEI stamp: on every page, at the bottom-right, found again by reading the text back by position. */
class PdfStamperTest {

    private static final String SEI = "SEI-2022000001";

    private final PdfStamper stamper = new PdfStamper();

    @Test
    void everyPageOfAThreePageAnswerGetsTheSeiAtItsBottomRight() throws IOException {
        byte[] original = answer(3, PageSize.LETTER);

        byte[] stamped = stamper.stamp(original, SEI);

        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(stamped)))) {
            assertEquals(3, document.getNumberOfPages());
            for (int page = 1; page <= 3; page++) {
                Rectangle size = document.getPage(page).getPageSize();
                List<Chunk> chunks = chunks(document, page);
                Chunk stamp = chunks.stream().filter(c -> c.text().contains(SEI)).findFirst()
                        .orElseThrow(() -> new AssertionError("no SEI on the page: " + chunks));
                assertEquals(size.getRight() - PdfStamper.MARGIN, stamp.endX(), 1.0, "right edge of the stamp");
                assertTrue(stamp.baseY() >= size.getBottom() + PdfStamper.MARGIN - 1
                        && stamp.baseY() < size.getBottom() + PdfStamper.MARGIN + 10, "bottom: " + stamp);
                assertTrue(stamp.startX() > size.getWidth() / 2, "in the right half: " + stamp);
                // The page's own text is still there, and the stamp is nowhere else on the page.
                String own = "Página " + page + " de la respuesta";
                assertTrue(chunks.stream().anyMatch(c -> c.text().contains(own)), chunks.toString());
                assertEquals(1, chunks.stream().filter(c -> c.text().contains(SEI)).count());
            }
        }
    }

    @Test
    void aLandscapePageIsStampedInsideItsOwnCorner() throws IOException {
        byte[] stamped = stamper.stamp(answer(1, PageSize.A4.rotate()), SEI);
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(stamped)))) {
            Rectangle size = document.getPage(1).getPageSize();
            Chunk stamp = chunks(document, 1).stream().filter(c -> c.text().contains(SEI)).findFirst().orElseThrow();
            assertEquals(size.getRight() - PdfStamper.MARGIN, stamp.endX(), 1.0);
        }
    }

    @Test
    void whatIsNotAPdfIsRefusedWithTheManualsReason() {
        RuleViolation notPdf = assertThrows(RuleViolation.class,
                () -> stamper.stamp("Hola, esto es texto".getBytes(StandardCharsets.UTF_8), SEI));
        assertEquals("error.response.notPdf", notPdf.getMessageKey());
        byte[] truncated = "%PDF-1.7\n1 0 obj\n<<".getBytes(StandardCharsets.US_ASCII);
        assertThrows(RuleViolation.class, () -> stamper.stamp(truncated, SEI));
        assertThrows(RuleViolation.class, () -> stamper.pageCount(new byte[0]));
    }

    @Test
    void pagesAreCountedForTheConfirmation() throws IOException {
        assertEquals(3, stamper.pageCount(answer(3, PageSize.LETTER)));
    }

    static byte[] answer(int pages, PageSize size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document(new PdfDocument(new PdfWriter(out)), size)) {
            for (int page = 1; page <= pages; page++) {
                if (page > 1) {
                    document.add(new AreaBreak());
                }
                document.add(new Paragraph("Página " + page + " de la respuesta"));
            }
        }
        return out.toByteArray();
    }

    record Chunk(String text, float startX, float endX, float baseY) {
    }

    /** Text of a page with where each piece starts and ends (baseline), as a reader would place it. */
    private static List<Chunk> chunks(PdfDocument document, int page) {
        List<Chunk> chunks = new ArrayList<>();
        IEventListener listener = new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                TextRenderInfo info = (TextRenderInfo) data;
                Vector start = info.getBaseline().getStartPoint();
                Vector end = info.getBaseline().getEndPoint();
                chunks.add(new Chunk(info.getText(), start.get(Vector.I1), end.get(Vector.I1), start.get(Vector.I2)));
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(EventType.RENDER_TEXT);
            }
        };
        new PdfCanvasProcessor(listener).processPageContent(document.getPage(page));
        return chunks;
    }
}
