package sv.gob.inpep.sesep.notifications.entity;

/** Delivery state of one e-mail. FAILED is not final: redelivery may still send it. */
public enum NotificationStatus {
    QUEUED, SENT, FAILED
}
