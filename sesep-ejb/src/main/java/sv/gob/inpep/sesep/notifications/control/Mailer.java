package sv.gob.inpep.sesep.notifications.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import sv.gob.inpep.sesep.Resources;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * The one mail path of SESEP: sends a {@link MailMessage} through the WildFly mail session
 * (wildfly-config/cli/40-mail.cli, with connect/read/write timeouts), as HTML with a plain-text
 * alternative and attachments. The Message-ID is the notification's own, so that a mail sent again
 * after an unclear failure is recognisable as the same mail.
 * <p>
 * Every mail carries the headers real mail servers insist on: From (the mail session's
 * {@code mail.from}, i.e. SESEP_MAIL_FROM: the session's {@code from} alone sets only the envelope
 * sender), Date, the Message-ID, and {@code Auto-Submitted: auto-generated} (RFC 3834) so that
 * vacation responders do not answer a no-reply address.
 * <p>
 * Connections to the SMTP server are kept open between mails and reused (one per listener
 * session at most): opening one (TCP, greeting, EHLO, STARTTLS and AUTH where configured) cost more
 * than the mail itself. A connection idle for a second or more is checked with NOOP before it is
 * used again, since the server may have closed it; one used within the last second (mails going
 * out back to back) is not, as that NOOP would cost a round trip per mail. One that failed in any
 * way is closed, never reused, and a mail that failed on a kept connection (not refused for its
 * recipient) goes once more on a new one.
 */
@ApplicationScoped
public class Mailer {

    /** Open connections kept beyond that are closed; NotificationListener runs at most 8 sessions. */
    private static final int MAX_IDLE_CONNECTIONS = 8;
    /** A kept connection idle at least this long is checked with NOOP before it is used again. */
    private static final long CHECK_AFTER_IDLE_NANOS = 1_000_000_000L;

    @Resource(lookup = Resources.MAIL_SESSION)
    Session session;

    /** Connected transports waiting for the next mail, most recently used first. */
    private final BlockingDeque<Kept> idle = new LinkedBlockingDeque<>();

    @Inject
    Clock clock;

    /** Returns once the SMTP server accepted the message; throws when it did not. */
    public void send(MailMessage mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, mail.messageId());
        message.setFrom(sender());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);

        if (mail.attachments().isEmpty()) {
            message.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (MailMessage.Attachment attachment : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                part.setFileName(attachment.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        Transport kept = keptConnection();
        if (kept != null) {
            try {
                kept.sendMessage(message, message.getAllRecipients());
                keep(kept);
                return;
            } catch (MessagingException e) {
                close(kept);
                if (isPermanent(e)) {
                    throw e;
                }
                // A kept connection the server stopped serving (its idle timeout, its limit of mails
                // per connection): the mail goes once more, on a new connection.
            } catch (RuntimeException e) {
                close(kept);
                throw e;
            }
        }
        Transport fresh = session.getTransport(message.getAllRecipients()[0]);   // what Transport.send would pick
        try {
            fresh.connect();
            fresh.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            close(fresh);
            throw e;
        }
        keep(fresh);
    }

    /** A kept connection used within the last second, or an idle one that still answers (SMTP NOOP), or null. */
    private Transport keptConnection() {
        for (Kept kept = idle.pollFirst(); kept != null; kept = idle.pollFirst()) {
            if (System.nanoTime() - kept.since() < CHECK_AFTER_IDLE_NANOS || kept.transport().isConnected()) {
                return kept.transport();
            }
            close(kept.transport());
        }
        return null;
    }

    private void keep(Transport transport) {
        idle.offerFirst(new Kept(transport, System.nanoTime()));
        while (idle.size() > MAX_IDLE_CONNECTIONS) {
            Kept surplus = idle.pollLast();
            if (surplus != null) {
                close(surplus.transport());
            }
        }
    }

    @PreDestroy
    void closeConnections() {
        for (Kept kept = idle.pollFirst(); kept != null; kept = idle.pollFirst()) {
            close(kept.transport());
        }
    }

    /** A connection waiting for the next mail, and since when (System.nanoTime). */
    private record Kept(Transport transport, long since) {
    }

    private static void close(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // Already broken: nothing to close politely.
        }
    }

    /**
     * True when the server refused the recipient for good (a 5xx answer to RCPT TO: no such user,
     * mailbox disabled, ...). Jakarta Mail lists such addresses as invalid, and 4xx ones as valid but
     * unsent; anything else (connection refused, timeouts, 4xx, a refused sender) may pass.
     */
    public static boolean isPermanent(MessagingException failure) {
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * SESEP_MAIL_FROM as the From header. Parsed, then rebuilt so that a display name with accents
     * is MIME-encoded instead of going out as raw 8-bit bytes.
     */
    private InternetAddress sender() throws MessagingException {
        String from = session.getProperty("mail.from");
        if (from == null || from.isBlank()) {
            throw new MessagingException("The mail session has no sender address (mail.from / SESEP_MAIL_FROM)");
        }
        InternetAddress parsed = new InternetAddress(from, true);
        try {
            return parsed.getPersonal() == null ? parsed
                    : new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jakarta Mail replaces the Message-ID on every save; this keeps ours. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
