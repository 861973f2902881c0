package sv.gob.inpep.sesep.requests.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import sv.gob.inpep.sesep.Resources;

/**
 * Closes SEIs whose last ticket was closed after an answer or a denial (activity 33). Failures
 * roll back and are redelivered by the broker, then dead-lettered (wildfly-config).
 */
// Listeners act for the server itself; what they may do is decided by the boundaries they call.
@PermitAll
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Resources.REQUEST_CLOSING_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class RequestClosingListener implements MessageListener {

    @Inject
    RequestClosing requestClosing;

    @Override
    public void onMessage(Message message) {
        long requestId;
        try {
            requestId = message.getBody(Long.class);
        } catch (JMSException e) {
            throw new IllegalArgumentException("Not a request id: " + message, e);
        }
        requestClosing.close(requestId);
    }
}
