package sv.gob.inpep.sesep.documents.control;

import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfIndirectReference;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import sv.gob.inpep.sesep.RuleViolation;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Rewrites every file SESEP stores (citizens' documents, agents' answers, the services' forms) so
 * that only what a reader needs to show it survives. The file is opened by an agent inside the
 * institute's network or mailed to a citizen, so a PDF that runs JavaScript or launches a program
 * on opening, or a file that is a PDF and an HTML page or a ZIP at the same time, must not get
 * there as it came.
 * <p>
 * A PDF is rebuilt page by page into a new document: what lives only in the catalogue (document
 * JavaScript, OpenAction, embedded files, XFA and the form, outlines) is never copied, and on the
 * pages everything that acts rather than shows is dropped (additional actions, actions other than
 * going to a page, multimedia and file-attachment annotations). Being a new file, it carries no
 * byte from before its header or after its end, and no earlier revision. Form fields keep their
 * look but are no longer fillable; tagging and bookmarks are lost — the price of keeping nothing
 * we cannot vouch for. An image is decoded and encoded again, which drops whatever follows its
 * data and its metadata (EXIF, with the GPS position of a phone's photo).
 */
public final class FileSanitizer {

    /** Actions a page may keep: moving inside the document and the viewer's own menu commands. */
    private static final Set<PdfName> HARMLESS_ACTIONS = Set.of(PdfName.GoTo, PdfName.Named);

    /** Annotations that play, run or carry content of their own rather than mark the page. */
    private static final Set<PdfName> ACTIVE_ANNOTATIONS = Set.of(PdfName.RichMedia, PdfName.Screen, PdfName.Movie,
            PdfName.Sound, PdfName.FileAttachment, PdfName._3D);

    /** Keys that hold scripts, embedded files or triggers wherever they appear. */
    private static final List<PdfName> ACTIVE_KEYS = List.of(PdfName.AA, PdfName.JS, PdfName.JavaScript,
            PdfName.EmbeddedFiles, PdfName.EF, new PdfName("RichMediaContent"), new PdfName("RichMediaSettings"));

    /**
     * Decompressing a large image takes width × height × 4 bytes of memory, so a small PNG of
     * 30,000 × 30,000 white pixels would take the server down; no scan or photo needs more.
     */
    static final long MAX_IMAGE_PIXELS = 50_000_000L;

    /** The PDF rebuilt without active content; refuses a damaged or password-protected one. */
    public byte[] pdf(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        try (PdfDocument source = new PdfDocument(new PdfReader(new ByteArrayInputStream(content)));
             PdfDocument target = new PdfDocument(new PdfWriter(out))) {
            int pages = source.getNumberOfPages();
            if (pages < 1) {
                throw new RuleViolation("error.document.unreadablePdf", name);
            }
            Set<PdfObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int number = 1; number <= pages; number++) {
                disarm(source.getPage(number).getPdfObject(), seen);
            }
            source.copyPagesTo(1, pages, target);
        } catch (BadPasswordException e) {
            throw new RuleViolation("error.document.protectedPdf", name);
        } catch (RuleViolation e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // iText reports damage with its own runtime exceptions (PdfException, ...). An
            // encrypted file iText cannot even open ends here too; its trailer says why.
            throw new RuleViolation(encrypted(content) ? "error.document.protectedPdf" : "error.document.unreadablePdf", name);
        }
        return out.toByteArray();
    }

    /**
     * The image decoded and encoded again in its own format, a photo turned the way its camera
     * meant (its EXIF block goes); refuses one that does not decode or would not fit in memory.
     */
    public byte[] image(String name, String format, byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new RuleViolation("error.document.unreadableImage", name);
            }
            ImageReader reader = readers.next();
            BufferedImage image;
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw new RuleViolation("error.document.unreadableImage", name);
                }
                if (width * height > MAX_IMAGE_PIXELS) {
                    throw new RuleViolation("error.document.imageTooLarge", name, MAX_IMAGE_PIXELS / 1_000_000);
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
            if ("jpeg".equals(format)) {
                image = ExifOrientation.upright(image, ExifOrientation.of(content));
            }
            return encode(image, format);
        } catch (RuleViolation e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RuleViolation("error.document.unreadableImage", name);
        }
    }

    /**
     * Strips what acts from everything reachable from a page (its annotations, their appearance
     * streams, form XObjects, the fields behind its widgets), before the page is copied with it.
     */
    private static void disarm(PdfDictionary page, Set<PdfObject> seen) {
        Deque<PdfObject> pending = new ArrayDeque<>();
        pending.push(page);
        while (!pending.isEmpty()) {
            PdfObject object = pending.pop();
            if (object.isIndirectReference()) {
                object = ((PdfIndirectReference) object).getRefersTo();
            }
            if (object == null || !seen.add(object)) {
                continue;
            }
            if (object.isDictionary() || object.isStream()) {
                PdfDictionary dictionary = (PdfDictionary) object;
                ACTIVE_KEYS.forEach(dictionary::remove);
                removeActiveAction(dictionary, PdfName.A);
                removeActiveAction(dictionary, PdfName.Next);
                PdfArray annotations = dictionary.getAsArray(PdfName.Annots);
                if (annotations != null) {
                    for (int i = annotations.size() - 1; i >= 0; i--) {
                        PdfDictionary annotation = annotations.getAsDictionary(i);
                        if (annotation == null || ACTIVE_ANNOTATIONS.contains(annotation.getAsName(PdfName.Subtype))) {
                            annotations.remove(i);
                        }
                    }
                }
                // Everything reachable, /Parent included: a widget's actions may sit on its parent
                // field. The catalogue is never reachable from a page, so the walk stays small.
                for (PdfName key : dictionary.keySet()) {
                    pending.push(dictionary.get(key, false));
                }
            } else if (object.isArray()) {
                for (int i = 0; i < ((PdfArray) object).size(); i++) {
                    pending.push(((PdfArray) object).get(i, false));
                }
            }
        }
    }

    private static void removeActiveAction(PdfDictionary dictionary, PdfName key) {
        PdfObject value = dictionary.get(key);
        if (value == null) {
            return;
        }
        PdfDictionary action = value.isDictionary() ? (PdfDictionary) value : null;
        if (action == null || !HARMLESS_ACTIONS.contains(action.getAsName(PdfName.S))) {
            dictionary.remove(key);
        }
    }

    /**
     * Whether the file declares an encryption dictionary. Its trailer (or cross-reference stream)
     * names it in the clear, whatever the cipher.
     */
    private static boolean encrypted(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1).contains("/Encrypt");
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed() && "jpeg".equals(format)) {
                // High enough that a scanned page stays legible after a second compression.
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
