package sv.gob.inpep.sesep.operations.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import sv.gob.inpep.sesep.Resources;

import java.util.Enumeration;

/**
 * Ready only while the broker accepts a connection and both SESEP queues exist. Reports how many
 * messages wait in each queue and in the dead-letter queue, which an operator wants to see at once.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    private static final int COUNT_LIMIT = 1_000;

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
                    .withData("notifications-waiting", depth(context, notifications))
                    .withData("request-closing-waiting", depth(context, requestClosing))
                    .withData("dead-letters", depth(context, deadLetters))
                    .build();
        } catch (JMSRuntimeException e) {
            return HealthCheckResponse.named("sesep-broker").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    /**
     * Probes run every few seconds: counting stops at {@value #COUNT_LIMIT} (reported as that
     * number) rather than pulling a backlog of thousands of messages through a browser on each probe.
     */
    private static long depth(JMSContext context, Queue queue) {
        try (QueueBrowser browser = context.createBrowser(queue)) {
            Enumeration<?> messages = browser.getEnumeration();
            int count = 0;
            while (count < COUNT_LIMIT && messages.hasMoreElements()) {
                messages.nextElement();
                count++;
            }
            return count;
        } catch (jakarta.jms.JMSException e) {
            throw new JMSRuntimeException(e.getMessage());
        }
    }
}
