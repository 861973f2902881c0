package sv.gob.inpep.sesep.accounts.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theHashIsBcryptInModularCryptFormatAndNeverThePassword() {
        String hash = hasher.hash("una frase de paso larga");

        assertTrue(hash.matches("\\$2[aby]?\\$12\\$[./A-Za-z0-9]{53}"), hash);
        assertFalse(hash.contains("frase"));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeAndBothVerify() {
        String first = hasher.hash("Mi clave de 2026 segura");
        String second = hasher.hash("Mi clave de 2026 segura");

        assertNotEquals(first, second, "a fresh salt every time");
        assertTrue(hasher.matches("Mi clave de 2026 segura", first));
        assertTrue(hasher.matches("Mi clave de 2026 segura", second));
        assertFalse(hasher.matches("mi clave de 2026 segura", first));
    }

    @Test
    void theDemoAccountsHashesWrittenByOtherToolsVerify() {
        // db/demo: the password of every demo account, hashed with cost 10 elsewhere.
        String demo = "$2a$10$3crQiRRB0Px57WbKLfSiY.eFlaCpx.dmiSuj2FQi1VovoQ2TezpN6";

        assertTrue(hasher.matches("Sesep.Demo.2026", demo));
        assertFalse(hasher.matches("Sesep.Demo.2025", demo));
    }

    @Test
    void accentsAndSpacesArePartOfThePassword() {
        String hash = hasher.hash("contraseña del año ñandú");

        assertTrue(hasher.matches("contraseña del año ñandú", hash));
        assertFalse(hasher.matches("contrasena del ano nandu", hash));
    }

    @Test
    void theLongestPasswordThePolicyAllowsHashesAndVerifies() {
        String longest = "ñ".repeat(PasswordPolicy.MAX_LENGTH); // 256 bytes in UTF-8, beyond bcrypt's 72
        String hash = hasher.hash(longest);

        assertTrue(hasher.matches(longest, hash));
    }

    @Test
    void somethingThatIsNotAHashMatchesNothing() {
        assertFalse(hasher.matches("cualquier cosa larga", "no-es-un-hash"));
    }
}
