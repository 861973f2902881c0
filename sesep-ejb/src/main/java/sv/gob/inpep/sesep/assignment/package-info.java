/**
 * The virtual queue: which agent gets which ticket, and when a ticket goes back.
 * <p>
 * Decisions: the database decides (row locks that skip rows other claimers hold), never a
 * {@code @Singleton} or a JVM lock, because production runs several nodes. An agent's row is locked
 * before any change of the agent's status, so "at most one ticket per agent" needs no other
 * coordination. A ticket waiting while agents are available is handed over on the agents' own
 * polls, longest-waiting agent first, so no node needs to push anything to a browser. A session
 * that stops polling loses its ticket after a configurable grace period, through a timer that runs
 * on the one node holding a cluster lease. Each assignment keeps why it happened
 * ({@code TicketAssignment}: agent type, priority, wait).
 * <p>
 * Every way a held ticket is let go (closed, abandoned, session expired, released by a Jefatura,
 * transferred) goes through one control, {@code HeldTickets}, so the ticket, the assignment record,
 * the agent and the audit agree for all of them. Aging ({@code QueueAging}): the claim orders by
 * priority, then an urgency stored on the ticket that a leased job ({@code AgingTickets}) raises
 * as the request's due date nears, then age; the claim stays one indexed query.
 */
package sv.gob.inpep.sesep.assignment;
