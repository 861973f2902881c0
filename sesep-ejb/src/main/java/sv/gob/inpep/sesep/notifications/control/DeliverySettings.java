package sv.gob.inpep.sesep.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sv.gob.inpep.sesep.notifications.entity.RetryPolicy;

import java.time.Duration;

/**
 * The notifications component's settings, read here only (ISO-8601 durations, e.g. PT24H). The
 * tests shrink them to seconds.
 */
@ApplicationScoped
public class DeliverySettings {

    /** How long temporary failures are retried before a mail is FAILED for good. */
    @Inject
    @ConfigProperty(name = "sesep.mail.retry-window", defaultValue = "PT24H")
    Duration retryWindow;

    /** The first retry's delay; it doubles with each failure up to {@link #retryMaxDelay}. */
    @Inject
    @ConfigProperty(name = "sesep.mail.retry-first-delay", defaultValue = "PT1M")
    Duration retryFirstDelay;

    @Inject
    @ConfigProperty(name = "sesep.mail.retry-max-delay", defaultValue = "PT10M")
    Duration retryMaxDelay;

    /**
     * How long a QUEUED row waits for its JMS message before the reconciliation assumes the
     * message is lost and delivers it itself. Far longer than the normal path takes (milliseconds),
     * so the two rarely meet; when they do, the row lock keeps the mail single.
     */
    @Inject
    @ConfigProperty(name = "sesep.mail.reconcile-after", defaultValue = "PT2M")
    Duration reconcileAfter;

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(retryFirstDelay, retryMaxDelay, retryWindow);
    }

    public Duration reconcileAfter() {
        return reconcileAfter;
    }
}
