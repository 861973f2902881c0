package sv.gob.inpep.sesep.accounts.control;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokensTest {

    private final Tokens tokens = new Tokens();

    @Test
    void aTokenIs32RandomBytesWrittenForAUrlAndOnlyItsSha256IsKept() {
        Tokens.Issued token = tokens.issue();

        assertEquals(32, Base64.getUrlDecoder().decode(token.value()).length);
        assertTrue(token.value().matches("[A-Za-z0-9_-]{43}"), token.value());
        assertEquals(Tokens.hash(token.value()), token.hash());
        assertTrue(token.hash().matches("[0-9a-f]{64}"));
        assertFalse(token.toString().contains(token.value()), "the secret never reaches a log");
    }

    @Test
    void theHashIsSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.hash("abc"));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(tokens.issue().value()));
        }
    }
}
