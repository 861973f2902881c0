package sv.gob.inpep.sesep.it;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** PDFs for tests: a response an agent would upload, and the text read back from each page. */
final class Pdfs {

    private Pdfs() {
    }

    static byte[] pages(int count, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document(new PdfDocument(new PdfWriter(out)))) {
            for (int page = 1; page <= count; page++) {
                if (page > 1) {
                    document.add(new AreaBreak());
                }
                document.add(new Paragraph(title + " — página " + page));
            }
        }
        return out.toByteArray();
    }

    static Path file(int count, String title) {
        try {
            Path file = Files.createTempFile("respuesta", ".pdf");
            Files.write(file, pages(count, title));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page. */
    static List<String> text(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                pages.add(PdfTextExtractor.getTextFromPage(document.getPage(page)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
