package sv.gob.inpep.sesep.notifications.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A mail template as the administrator edits it; {@code version} guards against two editors at once. */
public record MailTemplateView(String code, String subject, String bodyHtml, String bodyText,
                               LocalDateTime updatedAt, String updatedBy, long version) implements Serializable {
}
