package sv.gob.inpep.sesep.notifications.control;

import java.util.List;
import java.util.Objects;

/** One e-mail ready to go: rendered texts, attachments and the stable Message-ID. */
public record MailMessage(String messageId, String recipient, String subject, String html, String text,
                          List<Attachment> attachments) {

    public MailMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(recipient, "recipient");
        attachments = List.copyOf(attachments);
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
