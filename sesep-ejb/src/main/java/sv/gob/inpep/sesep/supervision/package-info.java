/**
 * Supervision (the Jefaturas, role SUPERVISOR): the live board of the assignment queue, the agents
 * and the tickets in attention, and releasing a ticket an agent cannot finish; the tickets at risk
 * of missing their service's target and the daily digest of them; the service levels and the KPIs
 * the Jefaturas report; and the consultation of one request's whole record with its audit trail.
 * Everything a supervisor looks up about a request is audited in turn: it shows a citizen's
 * personal data.
 * <p>
 * Decisions: each Jefatura supervises its own areas (the manual's Note 2), so every boundary here
 * narrows what it reads and does to the caller's {@code control.AreaScope}; a record of another
 * area is answered exactly as a missing one, so that nothing says it exists, and the attempt is
 * audited. "At risk" is measured with the same clock as the service levels (business days from the
 * filing, {@code BusinessCalendar}), so the board, the digest and the report agree. The digest is
 * a timer that takes a cluster lease and a row per supervisor and day, so it goes out once.
 */
package sv.gob.inpep.sesep.supervision;
