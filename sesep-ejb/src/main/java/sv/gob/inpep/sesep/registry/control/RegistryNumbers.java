package sv.gob.inpep.sesep.registry.control;

/**
 * The identity numbers people type as the registry writes them. The DUI (Documento Único de
 * Identidad) is eight digits and a check digit, written {@code 01234567-8} in the registry and as
 * the citizens' user name; NUP and matrícula INPEP are plain digits. People type them with or
 * without dashes and spaces; this is the one place that turns that into the registry's form and
 * knows the DUI's check digit (weights 9 to 2 over the eight digits, modulo 10).
 */
public final class RegistryNumbers {

    private RegistryNumbers() {
    }

    /** The canonical {@code ########-#} DUI, or {@code null} when it is not a well-formed DUI. */
    public static String canonicalDui(String typed) {
        String digits = digits(typed);
        if (!digits.matches("\\d{9}") || !checkDigitMatches(digits)) {
            return null;
        }
        return digits.substring(0, 8) + "-" + digits.charAt(8);
    }

    public static boolean isValidDui(String typed) {
        return canonicalDui(typed) != null;
    }

    /** A NUP or matrícula as typed, without the spaces and dashes people add; empty for null. */
    public static String digits(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    private static boolean checkDigitMatches(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (nineDigits.charAt(i) - '0') * (9 - i);
        }
        return (10 - sum % 10) % 10 == nineDigits.charAt(8) - '0';
    }
}
