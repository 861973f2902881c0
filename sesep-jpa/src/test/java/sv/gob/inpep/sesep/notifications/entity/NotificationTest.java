package sv.gob.inpep.sesep.notifications.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 7, 8, 0);
    /** Production's defaults: first retry after a minute, doubling up to ten, for a day. */
    private static final RetryPolicy DAY = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(24));

    private static Notification queued() {
        return new Notification("ACCOUNT_WELCOME", "josé.peña@correo.example", null, null, "{}", "<x@sesep>", T0);
    }

    @Test
    void aTemporaryFailureIsRetriedWithABackOffCappedAtTenMinutes() {
        Notification n = queued();
        LocalDateTime now = T0;
        int[] expectedMinutes = {1, 2, 4, 8, 10, 10, 10};
        for (int minutes : expectedMinutes) {
            n.deliveryFailed("421 try later", false, now, DAY);
            assertEquals(NotificationStatus.RETRYING, n.getStatus());
            assertEquals(now.plusMinutes(minutes), n.getNextAttemptAt());
            now = n.getNextAttemptAt();
        }
        assertEquals(7, n.getAttempts());
    }

    @Test
    void temporaryFailuresGoOnForADayThenTheMailIsFailedForGood() {
        Notification n = queued();
        LocalDateTime now = T0;
        int failures = 0;
        while (n.getStatus() != NotificationStatus.FAILED) {
            n.deliveryFailed("connection refused", false, now, DAY);
            failures++;
            if (n.getNextAttemptAt() != null) {
                now = n.getNextAttemptAt();
            }
        }
        // 1+2+4+8 minutes, then every 10 minutes up to 24 hours: 147 attempts, not 12.
        assertEquals(147, failures);
        assertNull(n.getNextAttemptAt());
        assertEquals("connection refused", n.getLastError());
    }

    @Test
    void aPermanentRefusalIsRejectedAtOnceWithoutRetries() {
        Notification n = queued();
        n.deliveryFailed("550 5.1.1 no such user", true, T0, DAY);
        assertEquals(NotificationStatus.REJECTED, n.getStatus());
        assertEquals(1, n.getAttempts());
        assertNull(n.getNextAttemptAt());
        assertEquals("550 5.1.1 no such user", n.getLastError());
        assertThrows(IllegalStateException.class, () -> n.deliveryFailed("again", false, T0, DAY));
    }

    @Test
    void anOperatorsResendStartsANewWindowAndASentMailIsNeverResent() {
        Notification n = queued();
        n.deliveryFailed("550 no such user", true, T0, DAY);
        LocalDateTime later = T0.plusDays(3);
        n.resend(later);
        assertEquals(NotificationStatus.QUEUED, n.getStatus());
        assertEquals(later, n.getNextAttemptAt());
        n.deliveryFailed("421 busy", false, later, DAY);
        assertEquals(NotificationStatus.RETRYING, n.getStatus(), "the window runs from the re-send");
        n.markSent(later.plusMinutes(1));
        assertEquals(3, n.getAttempts());
        assertNull(n.getNextAttemptAt());
        assertThrows(IllegalStateException.class, () -> n.resend(later));
        assertThrows(IllegalStateException.class, () -> n.markSent(later));
    }

    @Test
    void aRowIsDueWhenItsMessageIsOverdueOrItsRetryHasComeAndARequeuedRetryWaitsForItsMessage() {
        Duration grace = Duration.ofMinutes(2);
        Notification queued = queued();
        assertFalse(queued.isDue(T0.plusMinutes(1), T0.minusMinutes(1)), "its message may still come");
        assertTrue(queued.isDue(T0.plusMinutes(3), T0.plusMinutes(1)), "queued over two minutes ago: lost");

        Notification retrying = queued();
        retrying.deliveryFailed("421 busy", false, T0, DAY);
        LocalDateTime due = retrying.getNextAttemptAt();
        assertFalse(retrying.isDue(due.minusSeconds(1), due.minus(grace)));
        assertTrue(retrying.isDue(due, due.minus(grace)));
        retrying.redispatch(due, grace);
        assertFalse(retrying.isDue(due.plusMinutes(1), due.minusMinutes(1)), "not queued twice while its message waits");
        assertTrue(retrying.isDue(due.plus(grace), due), "but again if that message is lost too");
        assertEquals(NotificationStatus.RETRYING, retrying.getStatus());

        Notification sent = queued();
        sent.markSent(T0);
        assertFalse(sent.isDue(T0.plusDays(1), T0.plusDays(1)), "a SENT row is never due");
        assertThrows(IllegalStateException.class, () -> sent.redispatch(T0, grace));
    }
}
