package sv.gob.inpep.sesep.notifications.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A mail could not be handed to the SMTP server. Not a business error the user sees: it rolls
 * the listener's transaction back so that the broker redelivers the message later.
 */
@ApplicationException(rollback = true)
public class DeliveryFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public DeliveryFailed(long notificationId, String reason, Throwable cause) {
        super("Notification " + notificationId + " not delivered: " + reason, cause);
        this.reason = reason;
    }

    /** What went wrong, for the outbox row. */
    public String getReason() {
        return reason;
    }
}
