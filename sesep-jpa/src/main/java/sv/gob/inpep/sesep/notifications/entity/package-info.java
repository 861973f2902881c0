/**
 * Outgoing e-mail: the editable Spanish templates, and the outbox of every mail with its delivery
 * state.
 * <p>
 * Decisions: a notification row is written in the same transaction as the change it reports, and
 * only its id travels over JMS, so a rolled-back change mails nothing and a mail-server outage
 * delays mail without losing it. Each row has a fixed Message-ID so a resend is recognisably the
 * same mail. The row schedules its own retries ({@link RetryPolicy}) and tells a permanent refusal
 * (REJECTED, the address recorded in {@link MailBounce}) from a temporary failure. Templates are
 * cached reference data; notifications are not cached.
 */
package sv.gob.inpep.sesep.notifications.entity;
