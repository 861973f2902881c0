package sv.gob.inpep.sesep.accounts.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sv.gob.inpep.sesep.Fixtures.T0;
import static sv.gob.inpep.sesep.Fixtures.account;
import static sv.gob.inpep.sesep.Fixtures.assertRefused;

class UserAccountTest {

    private static final LoginThrottling THREE_IN_TEN = new LoginThrottling(3, Duration.ofMinutes(10), Duration.ofMinutes(15));

    @Test
    void repeatedFailuresLockTheAccountForAWhile() {
        UserAccount account = account("luis", Role.CIUDADANO);

        assertFalse(account.recordFailedLogin(T0, THREE_IN_TEN));
        assertFalse(account.recordFailedLogin(T0, THREE_IN_TEN));
        assertTrue(account.recordFailedLogin(T0, THREE_IN_TEN));

        assertTrue(account.isLocked(T0.plusMinutes(14)));
        assertFalse(account.isLocked(T0.plusMinutes(15)));
        assertRefused("error.account.locked", () -> account.recordSuccessfulLogin(T0.plusMinutes(1)));

        account.recordSuccessfulLogin(T0.plusMinutes(16));
        assertEquals(0, account.getFailedLogins());
        assertNull(account.getLockedUntil());
    }

    @Test
    void failuresOutsideTheWindowStartANewSeries() {
        UserAccount account = account("luis", Role.CIUDADANO);

        account.recordFailedLogin(T0, THREE_IN_TEN);
        account.recordFailedLogin(T0.plusMinutes(5), THREE_IN_TEN);
        assertFalse(account.recordFailedLogin(T0.plusMinutes(10), THREE_IN_TEN), "the first failure is out of the window");
        assertEquals(1, account.getFailedLogins());

        account.recordFailedLogin(T0.plusMinutes(11), THREE_IN_TEN);
        assertTrue(account.recordFailedLogin(T0.plusMinutes(12), THREE_IN_TEN));
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        UserAccount account = account("luis", Role.CIUDADANO);
        for (int i = 0; i < 3; i++) {
            account.recordFailedLogin(T0, THREE_IN_TEN);
        }

        assertFalse(account.recordFailedLogin(T0.plusMinutes(14), THREE_IN_TEN));

        assertEquals(T0.plusMinutes(15), account.getLockedUntil());
        assertEquals(0, account.getFailedLogins());
    }

    @Test
    void aNewPasswordLiftsTheLock() {
        UserAccount account = account("luis", Role.CIUDADANO);
        account.recordFailedLogin(T0, new LoginThrottling(1, Duration.ofMinutes(10), Duration.ofMinutes(15)));

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
    void aSelfRegisteredAccountIsEnabledOnceItsAddressIsProved() {
        UserAccount account = UserAccount.selfRegistered("04512378-8", "$2a$12$hash", "Ana@Correo.example", "Ana", T0);

        assertFalse(account.isEnabled());
        assertTrue(account.isAwaitingVerification());
        assertTrue(account.hasRole(Role.CIUDADANO));
        assertEquals("ana@correo.example", account.getEmail());

        account.verifyEmail();

        assertTrue(account.isEnabled());
        assertTrue(account.isEmailVerified());
        assertFalse(account.isAwaitingVerification());
    }

    @Test
    void anAccountAnAdministratorDisabledStaysDisabledWhenItsAddressIsProved() {
        UserAccount account = UserAccount.selfRegistered("04512378-8", "$2a$12$hash", "ana@correo.example", "Ana", T0);
        account.setEnabled(false);

        account.verifyEmail();

        assertFalse(account.isEnabled());
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

    @Test
    void anAddressProvedByItsLinkIsVerifiedAtOnce() {
        UserAccount account = account("luis", Role.CIUDADANO);

        account.changeToProvedEmail("Peña.Nuevo@Example.sv");

        assertEquals("peña.nuevo@example.sv", account.getEmail());
        assertTrue(account.isEmailVerified());
    }
}
