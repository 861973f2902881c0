package sv.gob.inpep.sesep.requests.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Codes printed on receipts for anyone to check them on the public verification page: 16
 * characters (80 random bits, so they cannot be guessed) from an alphabet without 0/O and 1/I,
 * in groups of four so they can be read out and typed.
 */
public final class VerificationCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /**
     * A code as a person may type it (lower case, spaces, without dashes) in its printed form, or
     * null when it cannot be one.
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.length() != 16) {
            return null;
        }
        String code = compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8, 12)
                + "-" + compact.substring(12);
        return SHAPE.matcher(code).matches() ? code : null;
    }
}
