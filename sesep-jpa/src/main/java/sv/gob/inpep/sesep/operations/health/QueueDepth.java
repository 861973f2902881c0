package sv.gob.inpep.sesep.operations.health;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;

import java.util.Enumeration;

/**
 * How many messages wait in a queue, counted with a browser that stops at {@value #LIMIT}: the
 * health probe and the operator's page ask every few seconds, and pulling a backlog of thousands
 * of messages through a browser each time would load the broker for a number nobody reads exactly.
 */
public final class QueueDepth {

    /** Counting stops here; a depth of {@code LIMIT} means "that many or more". */
    public static final int LIMIT = 1_000;

    private QueueDepth() {
    }

    public static int count(JMSContext context, Queue queue) {
        try (QueueBrowser browser = context.createBrowser(queue)) {
            Enumeration<?> messages = browser.getEnumeration();
            int count = 0;
            while (count < LIMIT && messages.hasMoreElements()) {
                messages.nextElement();
                count++;
            }
            return count;
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage());
        }
    }
}
