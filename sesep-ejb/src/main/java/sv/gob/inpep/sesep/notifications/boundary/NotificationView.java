package sv.gob.inpep.sesep.notifications.boundary;

import sv.gob.inpep.sesep.notifications.entity.NotificationStatus;

import java.time.LocalDateTime;

/** An outbox row as the operator's page shows it. */
public record NotificationView(long id, String templateCode, String recipient, String seiNumber,
                               NotificationStatus status, int attempts, String lastError,
                               LocalDateTime queuedAt, LocalDateTime sentAt) {
}
