package sv.gob.inpep.sesep.operations.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import sv.gob.inpep.sesep.Resources;

/**
 * Ready only while the broker accepts a connection and both SESEP queues exist. Reports how many
 * messages wait in each queue and in the dead-letter queue ({@link QueueDepth}: up to 1,000), which
 * an operator wants to see at once.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = Resources.NOTIFICATIONS_QUEUE)
    Queue notifications;

    @Resource(lookup = Resources.REQUEST_CLOSING_QUEUE)
    Queue requestClosing;

    @Resource(lookup = Resources.DEAD_LETTER_QUEUE)
    Queue deadLetters;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext()) {
            return HealthCheckResponse.named("sesep-broker")
                    .up()
                    .withData("notifications-waiting", QueueDepth.count(context, notifications))
                    .withData("request-closing-waiting", QueueDepth.count(context, requestClosing))
                    .withData("dead-letters", QueueDepth.count(context, deadLetters))
                    .build();
        } catch (JMSRuntimeException e) {
            return HealthCheckResponse.named("sesep-broker").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
