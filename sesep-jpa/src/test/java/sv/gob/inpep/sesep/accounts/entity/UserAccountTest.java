package sv.gob.inpep.sesep.accounts.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sv.gob.inpep.sesep.Fixtures.T0;
import static sv.gob.inpep.sesep.Fixtures.account;
import static sv.gob.inpep.sesep.Fixtures.assertRefused;

class UserAccountTest {

    @Test
    void repeatedFailuresLockTheAccountForAWhile() {
        UserAccount account = account("luis", Role.CIUDADANO);

        assertFalse(account.recordFailedLogin(T0, 3, 15));
        assertFalse(account.recordFailedLogin(T0, 3, 15));
        assertTrue(account.recordFailedLogin(T0, 3, 15));

        assertTrue(account.isLocked(T0.plusMinutes(14)));
        assertFalse(account.isLocked(T0.plusMinutes(15)));
        assertRefused("error.account.locked", () -> account.recordSuccessfulLogin(T0.plusMinutes(1)));

        account.recordSuccessfulLogin(T0.plusMinutes(16));
        assertEquals(0, account.getFailedLogins());
        assertNull(account.getLockedUntil());
    }

    @Test
    void aNewPasswordLiftsTheLock() {
        UserAccount account = account("luis", Role.CIUDADANO);
        account.recordFailedLogin(T0, 1, 15);

        account.changePasswordHash("$2a$10$other");

        assertFalse(account.isLocked(T0));
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        UserAccount account = account("luis", Role.CIUDADANO);
        account.setEnabled(false);
        assertRefused("error.account.disabled", () -> account.recordSuccessfulLogin(T0));
    }

    @Test
    void rolesAreGrantedAndRevoked() {
        UserAccount account = account("ana", Role.AGENTE);
        account.grant(Role.SUPERVISOR);

        assertTrue(account.hasRole(Role.AGENTE));
        assertTrue(account.hasRole(Role.SUPERVISOR));
        account.revoke(Role.AGENTE);
        assertFalse(account.hasRole(Role.AGENTE));
    }

    @Test
    void aNewEmailMustBeVerifiedAgain() {
        UserAccount account = account("luis", Role.CIUDADANO);
        account.verifyEmail();

        account.changeEmail("Otro@Example.sv");

        assertEquals("otro@example.sv", account.getEmail());
        assertFalse(account.isEmailVerified());
    }
}
