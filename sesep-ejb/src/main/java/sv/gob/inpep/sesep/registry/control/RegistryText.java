package sv.gob.inpep.sesep.registry.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as people type them against names as the registry writes them: "Ministerio de Educación,
 * Ciencia y Tecnología" and "ministerio de educacion ciencia y tecnologia" are the same employer.
 * Case, accents (ñ is n), punctuation and runs of spaces do not count; the letters and digits,
 * in order, do.
 */
public final class RegistryText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    private RegistryText() {
    }

    /** Whether both name the same thing; a blank or missing side matches nothing. */
    public static boolean same(String registry, String typed) {
        String a = folded(registry);
        return !a.isEmpty() && a.equals(folded(typed));
    }

    static String folded(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
