package sv.gob.inpep.sesep.notifications.boundary;

import sv.gob.inpep.sesep.notifications.entity.NotificationStatus;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An outbox row as the operator's page shows it; {@code recipientBouncing} when that address's mail
 * server refused it for good, {@code nextAttemptAt} while it is still on its way.
 */
public record NotificationView(long id, String templateCode, String recipient, boolean recipientBouncing,
                               String seiNumber, NotificationStatus status, int attempts, String lastError,
                               LocalDateTime queuedAt, LocalDateTime nextAttemptAt, LocalDateTime sentAt)
        implements Serializable {
}
