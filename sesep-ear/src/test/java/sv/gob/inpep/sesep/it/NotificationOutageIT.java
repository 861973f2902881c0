package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.Resources;
import sv.gob.inpep.sesep.notifications.boundary.NotificationView;
import sv.gob.inpep.sesep.notifications.boundary.Notifications;
import sv.gob.inpep.sesep.notifications.entity.MailTemplateCode;
import sv.gob.inpep.sesep.notifications.entity.NotificationStatus;
import sv.gob.inpep.sesep.operations.health.DatabaseReadiness;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mail server outage delays mail and never loses or doubles it: the outbox row records each
 * failed attempt and schedules its retry, the reconciliation timer (PendingNotifications) re-sends
 * due rows and rows whose JMS message was lost, and once the server is back every mail arrives
 * exactly once. A permanent refusal is not retried. The test server retries for 20 s, every 1-2 s,
 * and reconciles QUEUED rows after 3 s (sesep-ear/pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
class NotificationOutageIT {

    @Inject
    Notifications notifications;

    @Inject
    TestData data;

    @Resource
    UserTransaction tx;

    @Inject
    JMSContext jms;

    @Resource(lookup = Resources.NOTIFICATIONS_QUEUE)
    Queue notificationsQueue;

    @Resource(lookup = Resources.DEAD_LETTER_QUEUE)
    Queue deadLetterQueue;

    @Inject
    @Readiness
    DatabaseReadiness readiness;

    @Test
    void mailsQueuedDuringAnOutageAreAllDeliveredOnceWhenTheServerReturns() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<Long> ids = new ArrayList<>();
        tx.begin();
        for (int i = 0; i < 5; i++) {
            ids.add(notifications.queue(MailTemplateCode.ACCOUNT_VERIFY_EMAIL, "caida" + i + "-" + batch + "@correo.example", null, null,
                    Map.of("link", "https://sesep.example/v?t=" + i, "expiresIn", "24 horas")));
        }
        tx.commit();

        // No SMTP server is listening: the first attempts fail, say why, and wait for their retry.
        awaitAttempted(ids);
        assertTrue(ids.stream().allMatch(id -> data.notificationStatus(id) == NotificationStatus.RETRYING));
        assertTrue(ids.stream().allMatch(id -> data.notificationError(id) != null));
        // They wait in the database, not in the broker: readiness counts them there.
        Object retrying = readiness.call().getData().orElseThrow().get("notifications-retrying");
        assertTrue(((Number) retrying).longValue() >= 5, "readiness counts the mails waiting for a retry: " + retrying);

        try (Mailbox mailbox = new Mailbox()) {
            long deadline = System.currentTimeMillis() + 30_000;
            while (ofBatch(mailbox, batch).size() < 5 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(6_000);   // any duplicate would arrive within a retry or a reconciliation
            List<MimeMessage> received = ofBatch(mailbox, batch);
            assertEquals(5, received.size(), "all five arrive, no duplicates");
            Set<String> recipients = received.stream().map(m -> recipient(m)).collect(Collectors.toSet());
            assertEquals(5, recipients.size());
            for (long id : ids) {
                assertEquals(NotificationStatus.SENT, data.notificationStatus(id));
            }
        }
    }

    @Test
    void aRowCommittedWithoutItsMessageIsDeliveredOnceAndASentRowNeverAgain() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        String lost = "perdido-" + batch + "@correo.example";
        String sent = "enviado-" + batch + "@correo.example";
        try (Mailbox mailbox = new Mailbox()) {
            // As a kill -9 right after the filing's database commit leaves them: no JMS message.
            long lostId = data.notificationWithoutMessage(lost, false);
            long sentId = data.notificationWithoutMessage(sent, true);

            Mails.awaitTo(mailbox, lost, 1, 20_000);
            Thread.sleep(8_000);   // more reconciliation runs (every 5 s) send nothing more
            assertEquals(1, Mails.to(mailbox, lost).size(), "exactly once");
            assertEquals(0, Mails.to(mailbox, sent).size(), "a SENT row is never sent again");
            assertEquals(NotificationStatus.SENT, data.notificationStatus(lostId));
            assertEquals(1, data.notificationAttempts(lostId));
            assertEquals(1, data.notificationAttempts(sentId));
            assertTrue(Mails.text(Mails.to(mailbox, lost).get(0)).contains("Íñigo Núñez"));
        }
    }

    /**
     * SESEP keeps SMTP connections open between mails. A real relay limits the mails it takes on
     * one connection and hangs up on idle ones; neither may cost a mail, double one or count as a
     * failed attempt. And the relay offers no 8BITMIME: what it receives is seven-bit, with CRLF
     * line ends and the headers relays insist on.
     */
    @Test
    void aRelayThatLimitsMailsPerConnectionAndDropsIdleOnesGetsEachMailOnceAsSevenBitText() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        try (StrictSmtpServer relay = StrictSmtpServer.limiting(3, 1_000)) {
            List<Long> ids = new ArrayList<>(queueTo(batch, 0, 10));
            for (long id : ids) {
                awaitStatus(id, NotificationStatus.SENT);
            }
            Thread.sleep(2_500);   // the relay has hung up on every kept connection by now
            List<Long> later = queueTo(batch, 10, 2);
            for (long id : later) {
                awaitStatus(id, NotificationStatus.SENT);
            }
            ids.addAll(later);
            Thread.sleep(3_000);   // any duplicate would arrive within a retry or a reconciliation

            List<String> received = relay.accepted().stream()
                    .map(raw -> {
                        for (int i = 0; i < raw.length; i++) {
                            assertTrue(raw[i] > 0, "seven-bit data only: byte " + i + " is " + raw[i]);
                            assertTrue(raw[i] != '\n' || (i > 0 && raw[i - 1] == '\r'), "no bare LF at byte " + i);
                        }
                        return new String(raw, java.nio.charset.StandardCharsets.US_ASCII);
                    })
                    .filter(text -> text.contains("-" + batch + "@correo.example"))
                    .toList();
            assertEquals(12, received.size(), "each of the twelve mails arrives once");
            for (long id : ids) {
                String messageId = data.messageId(id);
                List<String> copies = received.stream().filter(text -> text.contains("\r\nMessage-ID: " + messageId + "\r\n")).toList();
                assertEquals(1, copies.size(), "one copy of " + messageId);
                String headers = copies.get(0).substring(0, copies.get(0).indexOf("\r\n\r\n") + 2);
                for (String header : List.of("From: ", "Date: ", "To: ", "Subject: ", "Auto-Submitted: auto-generated")) {
                    assertTrue(headers.startsWith(header) || headers.contains("\r\n" + header), header + " in " + headers);
                }
                assertEquals(1, data.notificationAttempts(id), "the relay's limits cost no failed attempt");
            }
            assertTrue(relay.connections() >= 5, "the relay made SESEP open new connections: " + relay.connections());
        }
    }

    private List<Long> queueTo(String batch, int first, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        tx.begin();
        for (int i = first; i < first + count; i++) {
            ids.add(notifications.queue(MailTemplateCode.ACCOUNT_VERIFY_EMAIL, "enlace" + i + "-" + batch + "@correo.example",
                    null, null, Map.of("citizenName", "Íñigo Núñez " + i, "link", "https://sesep.example/v?t=" + i,
                            "expiresIn", "24 horas")));
        }
        tx.commit();
        return ids;
    }

    @Test
    void anAddressTheServerRefusesForGoodIsRejectedAtOnceAndMarkedBouncing() throws Exception {
        String recipient = "no.existe-" + UUID.randomUUID().toString().substring(0, 8) + "@correo.example";
        try (StrictSmtpServer server = StrictSmtpServer.refusingEveryRecipient()) {
            tx.begin();
            long id = notifications.queue(MailTemplateCode.ACCOUNT_VERIFY_EMAIL, recipient, null, null,
                    Map.of("citizenName", "María José Peña", "link", "https://sesep.example/v?t=z"));
            tx.commit();

            awaitStatus(id, NotificationStatus.REJECTED);
            assertTrue(data.notificationError(id).contains("550"), data.notificationError(id));
            Thread.sleep(6_000);   // a retry or a reconciliation would have come by now
            assertEquals(1, data.notificationAttempts(id), "no retries after a permanent refusal");
            assertEquals(NotificationStatus.REJECTED, data.notificationStatus(id));
            NotificationView row = As.user(DemoAccounts.ADMIN, () -> notifications.outbox(NotificationStatus.REJECTED, 0, 500))
                    .stream().filter(n -> n.id() == id).findFirst().orElseThrow();
            assertTrue(row.recipientBouncing(), "staff see that the address bounces");
        }
    }

    @Test
    void aMailFailingPastTheRetryWindowIsFailedForGoodAndTheOperatorResendsThePeriodsFailures() throws Exception {
        tx.begin();
        long id = notifications.queue(MailTemplateCode.ACCOUNT_VERIFY_EMAIL, "reenvio@correo.example", null, null,
                Map.of("link", "https://sesep.example/v?t=x", "expiresIn", "24 horas"));
        tx.commit();

        // Retries every 1-2 s for the 20 s window, then FAILED: not dead-lettered, the row says it.
        long deadline = System.currentTimeMillis() + 60_000;
        while (data.notificationStatus(id) != NotificationStatus.FAILED && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(NotificationStatus.FAILED, data.notificationStatus(id));
        assertTrue(data.notificationAttempts(id) >= 3, "retried within the window: " + data.notificationAttempts(id));
        NotificationView failed = As.user(DemoAccounts.ADMIN, () -> notifications.outbox(NotificationStatus.FAILED, 0, 500))
                .stream().filter(n -> n.id() == id).findFirst().orElseThrow();
        assertTrue(failed.lastError() != null && !failed.lastError().isBlank(), "the outbox says why");
        assertEquals(null, failed.nextAttemptAt(), "given up: no next attempt");

        try (Mailbox mailbox = new Mailbox()) {
            LocalDate today = LocalDate.now(ZoneId.of("America/El_Salvador"));
            int resent = As.user(DemoAccounts.ADMIN, () -> notifications.resendFailed(today, today));
            assertTrue(resent >= 1, "the period's failures are re-sent: " + resent);
            Mails.awaitTo(mailbox, "reenvio@correo.example", 1, 20_000);
            awaitStatus(id, NotificationStatus.SENT);
        }
    }

    /**
     * A message the listener cannot read ends, after the broker's redeliveries, in SesepDLQ. The
     * operator puts it back on its queue (it leaves SesepDLQ at once, and it really went back: it
     * fails again and returns), then discards it (it is gone for good). Other tests may leave dead
     * letters of their own, so this one follows its own message.
     */
    @Test
    void theOperatorPutsADeadLetterBackOnItsQueueAndThenDiscardsIt() throws Exception {
        String unreadable = "no es el número de un correo " + UUID.randomUUID();
        tx.begin();
        jms.createProducer().send(notificationsQueue, unreadable);
        tx.commit();
        awaitDeadLetter(unreadable, true);

        int retried = As.user(DemoAccounts.ADMIN, () -> notifications.retryDeadLetters());
        assertTrue(retried >= 1, "put back: " + retried);
        assertFalse(isDeadLetter(unreadable), "it left SesepDLQ at once");
        awaitDeadLetter(unreadable, true); // back on SesepNotifications, unreadable again, dead again

        int discarded = As.user(DemoAccounts.ADMIN, () -> notifications.discardDeadLetters());
        assertTrue(discarded >= 1, "discarded: " + discarded);
        Thread.sleep(3_000);
        assertFalse(isDeadLetter(unreadable), "gone for good");
        assertTrue(data.audited("DEAD_LETTERS_RETRIED") && data.audited("DEAD_LETTERS_DISCARDED"), "both are audited");
    }

    private void awaitDeadLetter(String text, boolean present) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (isDeadLetter(text) != present && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(present, isDeadLetter(text), "in SesepDLQ: " + text);
    }

    private boolean isDeadLetter(String text) throws Exception {
        try (QueueBrowser browser = jms.createBrowser(deadLetterQueue)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                if (messages.nextElement() instanceof TextMessage message && text.equals(message.getText())) {
                    return true;
                }
            }
            return false;
        }
    }

    private static List<MimeMessage> ofBatch(Mailbox mailbox, String batch) {
        return Arrays.stream(mailbox.received()).filter(m -> recipient(m).contains(batch)).toList();
    }

    private void awaitAttempted(List<Long> ids) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (ids.stream().anyMatch(id -> data.notificationAttempts(id) == 0) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    private void awaitStatus(long id, NotificationStatus status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (data.notificationStatus(id) != status && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(status, data.notificationStatus(id));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
