package sv.gob.inpep.sesep.documents.control;

import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import sv.gob.inpep.sesep.RuleViolation;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides what an uploaded file really is, from its bytes: a name or a browser-declared type
 * proves nothing (an executable renamed to .pdf must not pass). Only PDF, JPEG and PNG are
 * accepted anywhere in the portal. Beyond the signature, a PDF must open with iText and have
 * pages, and an image must have a readable header, because the agent has to open the file later
 * and a file that merely starts right is still useless to them.
 */
public final class DocumentInspector {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    /** What {@link #detect} recognises, in the order the administrator is offered them. */
    public static final List<String> TYPES = List.of(PDF, JPEG, PNG);

    /**
     * The largest file any requirement may accept, in megabytes. The container's multipart limits
     * (web.xml) and Undertow's max-post-size sit just above it.
     */
    public static final int MAX_DOCUMENT_MEGABYTES = 10;
    public static final long BYTES_PER_MEGABYTE = 1024L * 1024;

    /** Limit for a document that answers no listed requirement (an extra the citizen adds). */
    public static final long EXTRA_DOCUMENT_MAX_BYTES = MAX_DOCUMENT_MEGABYTES * BYTES_PER_MEGABYTE;

    private static final int MAX_NAME_LENGTH = 255;
    private static final byte[] PDF_SIGNATURE = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final Map<String, String> EXTENSION = Map.of(PDF, ".pdf", JPEG, ".jpg", PNG, ".png");

    /** What the file is: detected type, size and fingerprint, with a name safe to store and serve. */
    public record Inspection(String fileName, String contentType, long sizeBytes, String sha256) {
    }

    /**
     * Inspects an upload, refusing with a message key naming the file when it is empty, not a
     * PDF/JPEG/PNG by content, or damaged.
     */
    public Inspection inspect(String fileName, byte[] content) {
        String name = safeFileName(fileName);
        if (content == null || content.length == 0) {
            throw new RuleViolation("error.document.empty", name);
        }
        String type = detect(content);
        if (type == null) {
            throw new RuleViolation("error.document.unrecognized", name);
        }
        if (PDF.equals(type)) {
            requireReadablePdf(name, content);
        } else {
            requireReadableImage(name, content);
        }
        return new Inspection(withExtension(name, type), type, content.length, sha256(content));
    }

    /** The type the bytes declare by their signature, or null when it is none SESEP accepts. */
    public static String detect(byte[] content) {
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return PNG;
        }
        if (startsWith(content, 0, JPEG_SIGNATURE)) {
            return JPEG;
        }
        // At the very start: readers tolerate junk before the header, but a file that begins as
        // something else (an executable with a PDF appended) is not what the citizen says it is.
        if (startsWith(content, 0, PDF_SIGNATURE)) {
            return PDF;
        }
        return null;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The last path segment (old browsers send the whole client path), without control characters
     * or characters that break a Content-Disposition header, at most 255 characters with the
     * extension kept.
     */
    public static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "documento";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return name;
    }

    /** Makes the name end the way its content type does, so the file opens in the right program. */
    static String withExtension(String name, String type) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean matches = switch (type) {
            case PDF -> lower.endsWith(".pdf");
            case JPEG -> lower.endsWith(".jpg") || lower.endsWith(".jpeg");
            case PNG -> lower.endsWith(".png");
            default -> true;
        };
        if (matches) {
            return name;
        }
        String extension = EXTENSION.get(type);
        String base = name.length() + extension.length() > MAX_NAME_LENGTH
                ? name.substring(0, MAX_NAME_LENGTH - extension.length()) : name;
        return base + extension;
    }

    private static void requireReadablePdf(String name, byte[] content) {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(content)))) {
            if (pdf.getNumberOfPages() < 1) {
                throw new RuleViolation("error.document.unreadablePdf", name);
            }
            pdf.getPage(1).getPageSize();
        } catch (BadPasswordException e) {
            throw new RuleViolation("error.document.protectedPdf", name);
        } catch (RuleViolation e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // iText reports damage with its own runtime exceptions (PdfException, ...).
            throw new RuleViolation("error.document.unreadablePdf", name);
        }
    }

    private static void requireReadableImage(String name, byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new RuleViolation("error.document.unreadableImage", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) < 1 || reader.getHeight(0) < 1) {
                    throw new RuleViolation("error.document.unreadableImage", name);
                }
            } finally {
                reader.dispose();
            }
        } catch (RuleViolation e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RuleViolation("error.document.unreadableImage", name);
        }
    }

    private static boolean startsWith(byte[] content, int offset, byte[] signature) {
        if (content.length - offset < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[offset + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
