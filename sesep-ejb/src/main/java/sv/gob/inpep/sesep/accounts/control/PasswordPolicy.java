package sv.gob.inpep.sesep.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import sv.gob.inpep.sesep.RuleViolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a new password must be, after OWASP ASVS 4.0 level 2 (V2.1): at least 12 characters, at
 * most 128, any characters at all (spaces and accents too, so that pass-phrases work), no rules
 * about character classes, not the person's own DUI, user name or e-mail address, and not easy to
 * guess. How easy is estimated by nbvcxz (zxcvbn's method: dictionaries of leaked passwords,
 * names and words, keyboard runs, sequences, repeats, dates, l33t spelling), which also knows the
 * Spanish and institute words in the list shipped beside this class and the person's own data; a
 * password must need at least {@link #MIN_ENTROPY} bits of guessing. Length counts characters as
 * people see them (code points), not bytes.
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

    /** Bits of guessing a password must need: nbvcxz's default, some 34 billion guesses. */
    static final double MIN_ENTROPY = 35;

    private static final String COMMON_PASSWORDS = "common-passwords.txt";

    private final Set<String> listed;
    private final Dictionary common;

    public PasswordPolicy() {
        DictionaryBuilder words = new DictionaryBuilder().setDictionaryName("sesep");
        List<String> lines = load();
        listed = Set.copyOf(lines);
        for (int rank = 1; rank <= lines.size(); rank++) {
            words.addWord(lines.get(rank - 1), rank);
        }
        common = words.createDictionary();
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
        // The list also however it is written: "S.e.s.e.p-Demo 2026" is the listed "sesepdemo2026".
        if (listed.contains(plain) || !estimate(password, personal).isMinimumEntropyMet()) {
            throw new RuleViolation(COMMON);
        }
    }

    private Result estimate(String password, String... personal) {
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("personal");
        for (String value : personal) {
            if (value != null && !value.isBlank()) {
                own.addWord(value.toLowerCase(Locale.ROOT), 1).addWord(plain(value), 1)
                        .addWord(localPart(value).toLowerCase(Locale.ROOT), 1).addWord(plain(localPart(value)), 1);
            }
        }
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(common);
        dictionaries.add(own.createDictionary());
        Configuration configuration = new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setMinimumEntropy(MIN_ENTROPY)
                .setMaxLength(MAX_LENGTH)
                .setLocale(Locale.forLanguageTag("es"))
                .createConfiguration();
        return new Nbvcxz(configuration).estimate(password);
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

    private static List<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing beside " + PasswordPolicy.class.getName());
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(PasswordPolicy::plain)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
