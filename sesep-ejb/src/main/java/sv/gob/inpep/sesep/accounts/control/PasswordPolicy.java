package sv.gob.inpep.sesep.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import sv.gob.inpep.sesep.RuleViolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be, after OWASP ASVS 4.0 level 2 (V2.1): at least 12 characters, at
 * most 128, any characters at all (spaces and accents too, so that pass-phrases work), no rules
 * about character classes, and not a password that is known to be guessed first — a common one
 * from the list shipped beside this class, or the person's own DUI, user name or e-mail address.
 * Length counts characters as people see them (code points), not bytes.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    static final String REQUIRED = "error.password.required";
    static final String TOO_SHORT = "error.password.tooShort";
    static final String TOO_LONG = "error.password.tooLong";
    static final String PERSONAL = "error.password.personal";
    static final String COMMON = "error.password.common";
    static final String MISMATCH = "error.password.mismatch";

    private static final String COMMON_PASSWORDS = "common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        common = load();
    }

    /**
     * Refuses a password that breaks a rule, with the key of the first rule it breaks.
     *
     * @param personal what the password must not be: the user name, DUI, e-mail address (nulls ignored)
     */
    public void check(String password, String... personal) {
        if (password == null || password.isEmpty()) {
            throw new RuleViolation(REQUIRED);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new RuleViolation(TOO_SHORT, MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new RuleViolation(TOO_LONG, MAX_LENGTH);
        }
        String plain = plain(password);
        for (String value : personal) {
            if (value != null && !value.isBlank() && (plain.equals(plain(value)) || plain.equals(plain(localPart(value))))) {
                throw new RuleViolation(PERSONAL);
            }
        }
        if (common.contains(plain) || password.codePoints().distinct().count() == 1) {
            throw new RuleViolation(COMMON);
        }
    }

    /** The new password and its confirmation, typed twice the same. */
    public void checkConfirmation(String password, String confirmation) {
        if (!Objects.equals(password, confirmation)) {
            throw new RuleViolation(MISMATCH);
        }
    }

    /**
     * Letters and digits only, lower case, with the two symbols people use for letters read as
     * those letters: "P@ssword-1234" and "password1234" are the same guess, and so are
     * "04512378-8" and "045123788".
     */
    static String plain(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.toLowerCase(Locale.ROOT).replace('@', 'a').replace('$', 's').codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String localPart(String value) {
        int at = value.indexOf('@');
        return at > 0 ? value.substring(0, at) : value;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing beside " + PasswordPolicy.class.getName());
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::plain)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
