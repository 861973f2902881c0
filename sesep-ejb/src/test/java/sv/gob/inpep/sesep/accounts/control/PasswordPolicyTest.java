package sv.gob.inpep.sesep.accounts.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import sv.gob.inpep.sesep.RuleViolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    private static final String DUI = "04512378-8";
    private static final String EMAIL = "jose.martinez@correo.example";

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongPassPhraseOfAnyCharactersIsAccepted() {
        assertDoesNotThrow(() -> policy.check("mi perro come pupusas los domingos", DUI, EMAIL));
        assertDoesNotThrow(() -> policy.check("Árbol-ñandú-2026", DUI, EMAIL));
        assertDoesNotThrow(() -> policy.check("mapache tranvía nube", DUI, EMAIL), "no composition rules");
        assertDoesNotThrow(() -> policy.check("Café con leche en Sonsonate 2026", DUI, EMAIL));
    }

    @Test
    void twelveCharactersAtLeastCountedAsPeopleSeeThem() {
        RuleViolation tooShort = refused("error.password.tooShort", () -> policy.check("Corta.2026!", DUI, EMAIL));
        assertArrayEquals(new Object[] {12}, tooShort.getArguments());
        assertDoesNotThrow(() -> policy.check("ñandúñandúñá", DUI, EMAIL), "12 characters, more bytes");
        assertDoesNotThrow(() -> policy.check("😀🌮🐢🎺🌋🦜🍍🚲🧉🌵🎲🪁", DUI, EMAIL), "12 code points, 24 chars");
        refused("error.password.tooShort", () -> policy.check("😀🌮🐢🎺🌋🦜🍍🚲🧉🌵🎲", DUI, EMAIL));
    }

    @Test
    void atMost128Characters() {
        String phrase = ("Café con leche en Sonsonate 2026, ñandú verde sobre el río Lempa; ").repeat(2);
        assertDoesNotThrow(() -> policy.check(phrase.substring(0, 128), DUI, EMAIL));
        RuleViolation tooLong = refused("error.password.tooLong", () -> policy.check(phrase.substring(0, 129), DUI, EMAIL));
        assertArrayEquals(new Object[] {128}, tooLong.getArguments());
    }

    @Test
    void notTheDuiTheUserNameOrTheEmail() {
        refused("error.password.personal", () -> policy.check("Jose.Martinez@correo.example", DUI, EMAIL));
        refused("error.password.personal", () -> policy.check("0451-2378-8 ", DUI, EMAIL.replace("jose", "jose.antonio")));
        refused("error.password.personal", () -> policy.check("jose.martinez12", DUI, "jose.martinez12@correo.example"));
        refused("error.password.personal", () -> policy.check("agente.cau.01", "agente.cau.01", null));
    }

    @Test
    void notACommonPasswordHoweverItIsWritten() {
        refused("error.password.common", () -> policy.check("password1234", DUI, EMAIL));
        refused("error.password.common", () -> policy.check("P@ssword-1234", DUI, EMAIL));
        refused("error.password.common", () -> policy.check("P@$$w0rd.1234", DUI, EMAIL));
        refused("error.password.common", () -> policy.check("Contraseña123", DUI, EMAIL));
        refused("error.password.common", () -> policy.check("123456789012", DUI, EMAIL));
        refused("error.password.common", () -> policy.check("Sesep.Demo.2026", DUI, EMAIL), "the published demo password");
        refused("error.password.common", () -> policy.check("zzzzzzzzzzzzzzzz", DUI, EMAIL), "one character repeated");
        refused("error.password.common", () -> policy.check("S.e.s.e.p-Demo 2026", DUI, EMAIL), "the listed one, spelt apart");
    }

    /** What a list cannot know: the estimator (nbvcxz) sees sequences, repeats, keyboard runs and the person's data inside. */
    @Test
    void easyToGuessPasswordsThatNoListHoldsAreRefused() {
        refused("error.password.common", () -> policy.check("abcdefghijkm", DUI, EMAIL), "a sequence");
        refused("error.password.common", () -> policy.check("😀😀😀😀😀😀😀😀😀😀😀😁", DUI, EMAIL), "a repeat");
        refused("error.password.common", () -> policy.check("qwertyuiopasdf", DUI, EMAIL), "a keyboard row");
        refused("error.password.common", () -> policy.check("jose.martinez12 casa", DUI, "jose.martinez12@correo.example"),
                "the e-mail's name and one word");
        refused("error.password.common", () -> policy.check("incorrecta-123456", DUI, EMAIL));
    }

    @Test
    void anEmptyPasswordIsAskedFor() {
        refused("error.password.required", () -> policy.check("", DUI, EMAIL));
        refused("error.password.required", () -> policy.check(null, DUI, EMAIL));
    }

    @Test
    void theConfirmationMustBeTheSame() {
        assertDoesNotThrow(() -> policy.checkConfirmation("una clave bien larga", "una clave bien larga"));
        refused("error.password.mismatch", () -> policy.checkConfirmation("una clave bien larga", "una clave bien larg"));
        refused("error.password.mismatch", () -> policy.checkConfirmation("una clave bien larga", null));
    }

    private static RuleViolation refused(String key, Executable action) {
        return refused(key, action, key);
    }

    private static RuleViolation refused(String key, Executable action, String why) {
        RuleViolation violation = assertThrows(RuleViolation.class, action, why);
        assertEquals(key, violation.getMessageKey(), why);
        return violation;
    }
}
