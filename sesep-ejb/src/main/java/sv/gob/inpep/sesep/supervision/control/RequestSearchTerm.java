package sv.gob.inpep.sesep.supervision.control;

import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.registry.control.RegistryNumbers;

import java.util.Locale;

/**
 * What a supervisor typed to find requests, read the way people write these numbers: an SEI
 * number with or without its dash or prefix ({@code SEI-2026000123}, {@code SEI2026000123} as in
 * the answer's file name, {@code 2026000123}), the applicant's DUI ({@code 04512378-8} or
 * {@code 045123788}, its check digit right) or an NUP (12 digits). Spaces and dashes are ignored
 * ({@link RegistryNumbers}).
 */
public record RequestSearchTerm(Kind kind, String value) {

    /** Which number was typed; {@link #value} is written as SESEP stores it. */
    public enum Kind { SEI, DUI, NUP }

    public static RequestSearchTerm parse(String typed) {
        String compact = RegistryNumbers.digits(typed).toUpperCase(Locale.ROOT);
        if (compact.startsWith("SEI") && compact.substring(3).matches("\\d{10}")) {
            return new RequestSearchTerm(Kind.SEI, "SEI-" + compact.substring(3));
        }
        if (compact.matches("\\d{10}")) {
            return new RequestSearchTerm(Kind.SEI, "SEI-" + compact);
        }
        String dui = RegistryNumbers.canonicalDui(compact);
        if (dui != null) {
            return new RequestSearchTerm(Kind.DUI, dui);
        }
        if (compact.matches("\\d{12}")) {
            return new RequestSearchTerm(Kind.NUP, compact);
        }
        throw new RuleViolation("error.requestHistory.term");
    }
}
