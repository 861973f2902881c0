package sv.gob.inpep.sesep;

/**
 * Free text that people type (observations, denial reasons, notes, comments) checked the same way
 * everywhere: trimmed, and refused with a message key rather than left to fail as a database
 * error when it is missing or longer than its column.
 */
public final class Texts {

    /** Arguments: the maximum length. */
    public static final String TOO_LONG = "error.text.tooLong";

    private Texts() {
    }

    /** The trimmed text; refused with {@code blankKey} when empty, with {@link #TOO_LONG} when too long. */
    public static String required(String value, int maxLength, String blankKey) {
        String text = optional(value, maxLength);
        if (text == null) {
            throw new RuleViolation(blankKey);
        }
        return text;
    }

    /**
     * The trimmed text, or {@code null} when empty; refused with {@link #TOO_LONG} when too long.
     * Line breaks are kept as one character: browsers send a text area's as two (CR LF) while its
     * {@code maxlength} counts one, so text that fit the page would otherwise be refused here.
     */
    public static String optional(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replace("\r\n", "\n");
        if (text.length() > maxLength) {
            throw new RuleViolation(TOO_LONG, maxLength);
        }
        return text;
    }

    /**
     * For values a screen has already checked (codes, names, hashes): a blank one here is a
     * programming error, not something to explain to a user.
     */
    public static String nonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    /** For text the system produces (e.g. a mail server's error): cut to fit rather than fail. */
    public static String truncate(String value, int maxLength) {
        if (value == null || value.length() <= maxLength) {
            return value;
        }
        return value.substring(0, maxLength);
    }
}
