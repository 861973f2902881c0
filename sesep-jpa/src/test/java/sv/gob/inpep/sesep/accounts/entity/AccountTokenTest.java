package sv.gob.inpep.sesep.accounts.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sv.gob.inpep.sesep.Fixtures.T0;
import static sv.gob.inpep.sesep.Fixtures.account;
import static sv.gob.inpep.sesep.Fixtures.assertRefused;

class AccountTokenTest {

    private static final String HASH = "a".repeat(64);

    @Test
    void aLinkServesOnceBeforeItExpires() {
        AccountToken token = new AccountToken(account("luis", Role.CIUDADANO), TokenPurpose.RESET_PASSWORD, HASH, T0.plusHours(1));

        token.checkUsable(TokenPurpose.RESET_PASSWORD, T0);
        token.use(TokenPurpose.RESET_PASSWORD, T0.plusMinutes(59));

        assertEquals(T0.plusMinutes(59), token.getUsedAt());
        assertRefused("error.token.used", () -> token.use(TokenPurpose.RESET_PASSWORD, T0.plusMinutes(59)));
    }

    @Test
    void anExpiredLinkIsRefused() {
        AccountToken token = new AccountToken(account("luis", Role.CIUDADANO), TokenPurpose.VERIFY_EMAIL, HASH, T0.plusHours(24));

        assertRefused("error.token.expired", () -> token.checkUsable(TokenPurpose.VERIFY_EMAIL, T0.plusHours(24)));
        assertFalse(token.isUsable(T0.plusHours(24)));
    }

    @Test
    void aLinkForTheOtherPurposeIsJustInvalid() {
        AccountToken token = new AccountToken(account("luis", Role.CIUDADANO), TokenPurpose.VERIFY_EMAIL, HASH, T0.plusHours(24));

        assertRefused("error.token.invalid", () -> token.use(TokenPurpose.RESET_PASSWORD, T0));
        assertTrue(token.isUsable(T0), "a refused attempt does not spend the link");
    }

    @Test
    void aDiscardedLinkCannotBeUsed() {
        AccountToken token = new AccountToken(account("luis", Role.CIUDADANO), TokenPurpose.RESET_PASSWORD, HASH, T0.plusHours(1));

        token.discard(T0);

        assertRefused("error.token.used", () -> token.use(TokenPurpose.RESET_PASSWORD, T0.plusMinutes(1)));
    }

    @Test
    void aLinkForANewAddressCarriesItAndServesNoOtherPurpose() {
        AccountToken token = AccountToken.emailChange(account("luis", Role.CIUDADANO), "Luis.Peña@Correo.example", HASH,
                T0.plusHours(24));

        assertEquals("luis.peña@correo.example", token.getNewEmail());
        assertRefused("error.token.invalid", () -> token.use(TokenPurpose.RESET_PASSWORD, T0));
        token.use(TokenPurpose.CHANGE_EMAIL, T0);
        assertRefused("error.token.used", () -> token.use(TokenPurpose.CHANGE_EMAIL, T0));
        assertThrows(IllegalArgumentException.class, () -> new AccountToken(account("ana", Role.CIUDADANO),
                TokenPurpose.CHANGE_EMAIL, HASH, T0.plusHours(24)), "a link for a new address without the address");
    }
}
