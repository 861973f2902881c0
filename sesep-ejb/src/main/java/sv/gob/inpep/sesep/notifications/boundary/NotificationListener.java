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
 * Takes notification ids off the queue and delivers them. It never swallows a failure: the
 * exception rolls the delivery back and the broker redelivers with the back-off configured in
 * wildfly-config/cli/30-messaging.cli, then moves the message to SesepDLQ.
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
        try {
            notifications.deliver(notificationId);
        } catch (DeliveryFailed e) {
            notifications.recordFailure(notificationId, e.getReason());
            throw e;
        }
    }
}
