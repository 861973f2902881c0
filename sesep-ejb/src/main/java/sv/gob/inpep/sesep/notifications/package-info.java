/**
 * E-mail to citizens, exactly once as far as SMTP allows. An outbox row per mail (state, attempts,
 * last error, next attempt, a stable Message-ID) written in the same transaction as the change it
 * reports, and a JMS message carrying only its id. Templates live in the database so administrators
 * can edit them.
 * <p>
 * The row is the truth, not the broker: a delivery that fails records it on the row (REJECTED for a
 * permanent SMTP refusal, RETRYING with a back-off, FAILED after the retry window), and a timer
 * under the cluster lease puts due rows, and rows whose message was lost, on the queue again
 * ({@link sv.gob.inpep.sesep.notifications.boundary.PendingNotifications}, which argues why this
 * and not an XA datasource). The broker's redelivery and dead-letter queue remain for what is not
 * an SMTP failure: an unreadable message, a database error.
 */
package sv.gob.inpep.sesep.notifications;
