package sv.gob.inpep.sesep.documents.control;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The one-page PDF served in place of a file that was stored before SESEP rewrote every file and
 * that today's checks refuse: it says why the file is withheld and what to do, so an agent who
 * opens it is not left with an error or a blank page.
 */
public final class WithheldFileNotice {

    /** Why, in the words the citizen's upload page uses for the same refusal. */
    private static final Map<String, String> REASONS = Map.of(
            "error.document.unrecognized", "su contenido no es un PDF, JPEG ni PNG",
            "error.document.unreadablePdf", "el PDF está dañado",
            "error.document.protectedPdf", "el PDF está protegido con contraseña",
            "error.document.unreadableImage", "la imagen está dañada o usa un formato de color que no se admite",
            "error.document.imageTooLarge", "la imagen es demasiado grande",
            "error.document.empty", "el archivo está vacío");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The name the notice is served under: the original's, marked, as a PDF. */
    public static String fileName(String original) {
        String base = original.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        return DocumentInspector.safeFileName(base + " (retenido).pdf");
    }

    public byte[] render(String originalName, String originalSha256, String reasonKey, LocalDateTime withheldAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document page = new Document(pdf, PageSize.LETTER)) {
            pdf.getDocumentInfo().setTitle("Archivo retenido por seguridad").setCreator("SESEP");
            PdfFont regular = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            PdfFont bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
            page.add(new Paragraph("Archivo retenido por seguridad").setFont(bold).setFontSize(16));
            page.add(new Paragraph("El archivo «" + originalName + "» se guardó antes de que SESEP revisara y reescribiera"
                    + " cada archivo que recibe. Al revisarlo el " + DATE_TIME.format(withheldAt) + ", no pasó la"
                    + " revisión: " + REASONS.getOrDefault(reasonKey, "no pudo revisarse") + ".").setFont(regular).setFontSize(11));
            page.add(new Paragraph("Por eso no se entrega. Si el documento hace falta para resolver la solicitud, pida al"
                    + " solicitante una nueva copia.").setFont(regular).setFontSize(11));
            page.add(new Paragraph("El original se conserva para el área de seguridad de la información del instituto."
                    + " Huella SHA-256 del original: " + originalSha256).setFont(regular).setFontSize(9));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
