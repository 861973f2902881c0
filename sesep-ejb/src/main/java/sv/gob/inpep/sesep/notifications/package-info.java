/**
 * E-mail to citizens, exactly once as far as SMTP allows. An outbox row per mail (state, attempts,
 * last error, a stable Message-ID) written in the same transaction as the change it reports, and
 * a JMS message carrying only its id. Templates live in the database so administrators can edit
 * them. Redelivery back-off and the dead-letter queue are server configuration, not code.
 */
package sv.gob.inpep.sesep.notifications;
