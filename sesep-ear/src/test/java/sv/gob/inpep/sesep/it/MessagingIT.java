package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.notifications.boundary.Notifications;
import sv.gob.inpep.sesep.notifications.entity.MailTemplateCode;
import sv.gob.inpep.sesep.notifications.entity.NotificationStatus;
import sv.gob.inpep.sesep.requests.boundary.RequestClosing;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both JMS queues and the mail session, for real: a message sent in a transaction is consumed only
 * if the transaction commits, the notification listener mails through WildFly's mail session to a
 * real SMTP server, and a poison message ends in the dead-letter queue.
 */
@ExtendWith(ArquillianExtension.class)
class MessagingIT {

    @Inject
    Notifications notifications;

    @Inject
    RequestClosing requestClosing;

    @Inject
    TestData data;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:/jms/queue/SesepNotifications")
    Queue notificationsQueue;

    @Resource(lookup = "java:/jms/queue/SesepDLQ")
    Queue deadLetters;

    @Test
    void aCommittedNotificationIsMailedOnceThroughTheMailSession() throws Exception {
        try (Mailbox mailbox = new Mailbox()) {
            tx.begin();
            long id = notifications.queue(MailTemplateCode.ACCOUNT_VERIFY_EMAIL, "ana.lopez@correo.example", null, null,
                    Map.of("citizenName", "Ana López", "link", "https://sesep.example/verificar?t=abc",
                            "expiresIn", "24 horas"));
            tx.commit();

            MimeMessage mail = Mails.awaitTo(mailbox, "ana.lopez@correo.example", 1, 20_000).get(0);
            assertTrue(mail.getSubject().contains("SESEP"), mail.getSubject());
            awaitStatus(id, NotificationStatus.SENT);
            assertEquals(data.messageId(id), mail.getMessageID(), "the mail carries the outbox's Message-ID");

            // The headers as the SMTP server received them.
            String from = mail.getHeader("From", null);
            assertTrue(from != null && from.chars().allMatch(c -> c < 128) && from.contains("=?UTF-8?"),
                    "From is there, its accented display name MIME-encoded: " + from);
            InternetAddress sender = (InternetAddress) mail.getFrom()[0];
            assertEquals("Atención al Usuario INPEP", sender.getPersonal());
            assertEquals("no-responder@inpep.gob.sv", sender.getAddress());
            assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));
            assertTrue(mail.getHeader("Date", null) != null, "a Date header");
            assertTrue(Math.abs(mail.getSentDate().getTime() - System.currentTimeMillis()) < 120_000, "dated now");

            Thread.sleep(2_000);
            assertEquals(1, Mails.to(mailbox, "ana.lopez@correo.example").size(), "sent exactly once");
        }
    }

    @Test
    void aRolledBackNotificationIsNeitherStoredNorMailed() throws Exception {
        try (Mailbox mailbox = new Mailbox()) {
            tx.begin();
            long id = notifications.queue(MailTemplateCode.ACCOUNT_VERIFY_EMAIL, "rollback@correo.example", null, null, Map.of());
            tx.rollback();

            Thread.sleep(5_000);
            assertEquals(List.of(), Mails.to(mailbox, "rollback@correo.example"), "no mail for a rolled-back change");
            assertFalse(data.notificationExists(id), "no outbox row either");
        }
    }

    @Test
    void theClosingQueueClosesTheSeiOnlyAfterCommit() throws Exception {
        try (Mailbox mailbox = new Mailbox()) {
            // Filed and answered days ago: the closing mail must give the day it closed.
            long requestId = data.attendedRequest(LocalDateTime.now(ZoneId.of("America/El_Salvador")).minusDays(3));

            tx.begin();
            requestClosing.closeWhenTicketCloses(requestId);
            tx.rollback();
            Thread.sleep(3_000);
            assertEquals(RequestStatus.ATTENDED, status(requestId), "a rolled-back close sends nothing");

            tx.begin();
            requestClosing.closeWhenTicketCloses(requestId);
            tx.commit();
            long deadline = System.currentTimeMillis() + 20_000;
            while (status(requestId) != RequestStatus.CLOSED && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(RequestStatus.CLOSED, status(requestId));
            List<MimeMessage> closing = Mails.awaitAbout(mailbox, data.seiNumber(requestId), 1, 20_000);
            Thread.sleep(2_000);
            assertEquals(1, Mails.about(mailbox, data.seiNumber(requestId)).size(), "one closing mail");
            String text = Mails.text(closing.get(0));
            assertTrue(text.contains("Fecha de cierre: "
                    + data.closedAt(requestId).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))), text);
            assertTrue(text.matches("(?s).*https?://\\S+/portal/solicitud\\.xhtml\\?id=" + requestId + "\\s.*"),
                    "a link to the request's page, where it is rated: " + text);
        }
    }

    @Test
    void aRedeliveredCloseClosesTheSeiOnce() throws Exception {
        try (Mailbox mailbox = new Mailbox()) {
            long requestId = data.attendedRequest();
            // The same close arriving twice is what a redelivery looks like to the listener.
            tx.begin();
            requestClosing.closeWhenTicketCloses(requestId);
            requestClosing.closeWhenTicketCloses(requestId);
            tx.commit();
            long deadline = System.currentTimeMillis() + 20_000;
            while (status(requestId) != RequestStatus.CLOSED && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(RequestStatus.CLOSED, status(requestId));
            Mails.awaitAbout(mailbox, data.seiNumber(requestId), 1, 20_000);
            Thread.sleep(3_000);
            assertEquals(1, Mails.about(mailbox, data.seiNumber(requestId)).size(), "one closing mail");
            long[] traces = data.closingTraces(requestId);
            assertEquals(1, traces[0], "one satisfaction invitation");
            assertEquals(1, traces[1], "one SEI_CLOSED audit event");
            assertEquals(1, traces[2], "one CLOSED entry in the timeline");
        }
    }

    @Test
    void aPoisonMessageEndsInTheDeadLetterQueue() throws Exception {
        String marker = "poison-" + UUID.randomUUID();
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().send(notificationsQueue, marker);
            // 10 attempts with a back-off capped at 2 s (sesep-ear/pom.xml): about 16 s.
            long deadline = System.currentTimeMillis() + 60_000;
            boolean deadLettered = false;
            while (!deadLettered && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
                try (QueueBrowser browser = context.createBrowser(deadLetters)) {
                    deadLettered = Collections.list(browser.getEnumeration()).stream()
                            .anyMatch(m -> marker.equals(body((jakarta.jms.Message) m)));
                }
            }
            assertTrue(deadLettered, "after its redeliveries the message is in SesepDLQ");
        }
    }

    private RequestStatus status(long requestId) {
        return data.status(requestId);
    }

    private void awaitStatus(long id, NotificationStatus status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (data.notificationStatus(id) != status && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(status, data.notificationStatus(id));
    }

    private static String body(jakarta.jms.Message message) {
        try {
            return message.getBody(String.class);
        } catch (Exception e) {
            return null;
        }
    }
}
