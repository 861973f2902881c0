package sv.gob.inpep.sesep.documents.control;

import sv.gob.inpep.sesep.RuleViolation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides what an uploaded file really is, from its bytes: a name or a browser-declared type
 * proves nothing (an executable renamed to .pdf must not pass). Only PDF, JPEG and PNG are
 * accepted anywhere in the portal. Beyond the signature, the file must survive
 * {@link FileSanitizer}'s rewrite (a PDF that iText opens, with pages; an image that decodes),
 * because the agent has to open it later and a file that merely starts right is useless to them;
 * what is stored is that rewrite, never the bytes as uploaded.
 */
public final class DocumentInspector {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    /** What {@link #detect} recognises, in the order the administrator is offered them. */
    public static final List<String> TYPES = List.of(PDF, JPEG, PNG);

    public static final long BYTES_PER_MEGABYTE = 1024L * 1024;

    private static final int MAX_NAME_LENGTH = 255;
    private static final byte[] PDF_SIGNATURE = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final Map<String, String> EXTENSION = Map.of(PDF, ".pdf", JPEG, ".jpg", PNG, ".png");

    /**
     * What the file is: detected type, and the content to store ({@link FileSanitizer}'s rewrite,
     * not the upload) with its size and fingerprint, under a name safe to store and serve.
     */
    public record Inspection(String fileName, String contentType, long sizeBytes, String sha256, byte[] content) {
    }

    private final FileSanitizer sanitizer = new FileSanitizer();

    /**
     * Inspects an upload and rewrites it without active content, refusing with a message key
     * naming the file when it is empty, not a PDF/JPEG/PNG by content, damaged or encrypted.
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
        byte[] clean = switch (type) {
            case PDF -> sanitizer.pdf(name, content);
            case JPEG -> sanitizer.image(name, "jpeg", content);
            default -> sanitizer.image(name, "png", content);
        };
        return new Inspection(withExtension(name, type), type, clean.length, sha256(clean), clean);
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
     * The last path segment (old browsers send the whole client path, and a forged one may say
     * {@code ..\..\x.pdf}), without invisible characters, control characters or characters
     * that break a Content-Disposition header, at most 255 characters with the extension kept.
     * Invisible ones include the format characters: a right-to-left override makes
     * "informe" + U+202E + "fdp.exe" read "informeexe.pdf" on an agent's screen.
     */
    public static String safeFileName(String fileName) {
        String name = Normalizer.normalize(fileName == null ? "" : fileName, Normalizer.Form.NFC);
        name = name.codePoints().filter(DocumentInspector::visible)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\"<>|:*?]", "").strip();
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

    private static boolean visible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
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
