package sv.gob.inpep.sesep.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import sv.gob.inpep.sesep.Resources;

import java.nio.charset.StandardCharsets;

/**
 * The one mail path of SESEP: sends a {@link MailMessage} through the WildFly mail session
 * (wildfly-config/cli/40-mail.cli, with connect/read/write timeouts), as HTML with a plain-text
 * alternative and attachments. The Message-ID is the notification's own, so that a mail sent again
 * after an unclear failure is recognisable as the same mail.
 */
@ApplicationScoped
public class Mailer {

    @Resource(lookup = Resources.MAIL_SESSION)
    Session session;

    /** Returns once the SMTP server accepted the message; throws when it did not. */
    public void send(MailMessage mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, mail.messageId());
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
        Transport.send(message);
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
