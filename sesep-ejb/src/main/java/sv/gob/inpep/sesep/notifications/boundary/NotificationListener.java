package sv.gob.inpep.sesep.notifications.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import sv.gob.inpep.sesep.Resources;

/**
 * Takes notification ids off the queue and delivers them. A mail the SMTP server did not take is
 * not an exception here: {@link Notifications#deliver} records it on the outbox row, which
 * schedules its own retry ({@link PendingNotifications}), so the broker's redelivery is not
 * used for SMTP failures. Anything else (an unreadable message, the database failing) is thrown:
 * the broker redelivers with the back-off of wildfly-config/cli/30-messaging.cli, then moves the
 * message to SesepDLQ.
 */
// Listeners act for the server itself; what they may do is decided by the boundaries they call.
@PermitAll
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Resources.NOTIFICATIONS_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
public class NotificationListener implements MessageListener {

    @Inject
    Notifications notifications;

    @Override
    public void onMessage(Message message) {
        long notificationId;
        try {
            notificationId = message.getBody(Long.class);
        } catch (JMSException e) {
            throw new IllegalArgumentException("Not a notification id: " + message, e);
        }
        notifications.deliver(notificationId);
    }
}
