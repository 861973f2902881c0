package sv.gob.inpep.sesep.notifications.entity;

/**
 * Delivery state of one e-mail. QUEUED and RETRYING are still on their way; SENT, REJECTED (the
 * mail server refused the address for good) and FAILED (temporary failures outlasted the retry
 * window) are final until an operator re-sends.
 */
public enum NotificationStatus {
    QUEUED, RETRYING, SENT, REJECTED, FAILED;

    /** Still to be delivered by the system itself. */
    public boolean isPending() {
        return this == QUEUED || this == RETRYING;
    }
}
