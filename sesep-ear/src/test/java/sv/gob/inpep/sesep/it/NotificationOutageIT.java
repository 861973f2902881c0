package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.notifications.boundary.NotificationView;
import sv.gob.inpep.sesep.notifications.boundary.Notifications;
import sv.gob.inpep.sesep.notifications.entity.NotificationStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mail server outage delays mail and never loses or doubles it: the outbox records the failed
 * attempts, the broker redelivers with back-off, and once the server is back every mail arrives
 * exactly once. When the outage outlasts the redeliveries, the message is dead-lettered, the
 * outbox says FAILED, and an operator's "Reenviar" delivers it.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationOutageIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SesepDeployment.ear();
    }

    @Inject
    Notifications notifications;

    @Inject
    TestData data;

    @Resource
    UserTransaction tx;

    @Test
    void mailsQueuedDuringAnOutageAreAllDeliveredOnceWhenTheServerReturns() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<Long> ids = new ArrayList<>();
        tx.begin();
        for (int i = 0; i < 5; i++) {
            ids.add(notifications.queue("ACCOUNT_VERIFY_EMAIL", "caida" + i + "-" + batch + "@correo.example", null, null,
                    Map.of("link", "https://sesep.example/v?t=" + i, "expiresIn", "24 horas")));
        }
        tx.commit();

        // No SMTP server is listening: the first attempts fail and say why.
        awaitAttempted(ids);
        assertTrue(ids.stream().allMatch(id -> data.notificationStatus(id) == NotificationStatus.FAILED));

        try (Mailbox mailbox = new Mailbox()) {
            assertTrue(mailbox.await(5, 30_000), "all five arrive once the server is back");
            Thread.sleep(3_000);   // any duplicate would arrive within the back-off window
            MimeMessage[] received = mailbox.received();
            assertEquals(5, received.length, "no duplicates");
            Set<String> recipients = Arrays.stream(received).map(m -> recipient(m)).collect(Collectors.toSet());
            assertEquals(5, recipients.size());
            for (long id : ids) {
                assertEquals(NotificationStatus.SENT, data.notificationStatus(id));
            }
        }
    }

    @Test
    void aMailTheBrokerGaveUpOnIsFailedInTheOutboxAndAnOperatorResendsIt() throws Exception {
        tx.begin();
        long id = notifications.queue("ACCOUNT_VERIFY_EMAIL", "reenvio@correo.example", null, null,
                Map.of("link", "https://sesep.example/v?t=x", "expiresIn", "24 horas"));
        tx.commit();

        // Ten failed attempts with back-off (about 16 s), then the dead-letter queue.
        long deadline = System.currentTimeMillis() + 60_000;
        while (data.notificationAttempts(id) < 10 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(10, data.notificationAttempts(id), "every redelivery was an attempt");
        NotificationView failed = As.user(DemoAccounts.ADMIN, () -> notifications.outbox(NotificationStatus.FAILED, 0, 500))
                .stream().filter(n -> n.id() == id).findFirst().orElseThrow();
        assertTrue(failed.lastError() != null && !failed.lastError().isBlank(), "the outbox says why");
        assertTrue(As.user(DemoAccounts.ADMIN, () -> notifications.deadLetters()) >= 1, "the message is in SesepDLQ");

        try (Mailbox mailbox = new Mailbox()) {
            As.user(DemoAccounts.ADMIN, () -> {
                notifications.resend(id);
                return null;
            });
            assertTrue(mailbox.await(1, 20_000), "the operator's resend delivers it");
            assertEquals("reenvio@correo.example", recipient(mailbox.received()[0]));
            awaitStatus(id, NotificationStatus.SENT);
        }
    }

    private void awaitAttempted(List<Long> ids) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (ids.stream().anyMatch(id -> data.notificationAttempts(id) == 0) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    private void awaitStatus(long id, NotificationStatus status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
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
