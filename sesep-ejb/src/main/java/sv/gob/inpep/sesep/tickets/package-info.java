/**
 * The agent's workspace for the ticket in attention (activities 5–33): what the agent reads about
 * the request and the applicant, the verdicts on documents, the notes that replace the paper
 * "libreta de control de atenciones", and the three ways out (answer, observe, deny), then
 * "Terminar" and "Cerrar Ticket".
 * <p>
 * Decisions: one boundary for the whole screen, and every method checks that the ticket is
 * assigned to the caller's agent and within their competence, answering "not found" otherwise so
 * that guessed ids reveal nothing. The answer PDF is stamped and named by the system. Each way
 * out mails the citizen through the outbox in the same transaction; closing the ticket closes an
 * answered or denied SEI asynchronously (activity 33).
 * <p>
 * A request that belongs to another service or area is transferred instead of observed or denied
 * ({@code TicketWorkspace.transfer}): it keeps its SEI, filing time, form data and documents, and
 * waits again under a new ticket of the target's area ({@code TicketIssuer}, which also queues
 * filings and fixes); the old ticket closes with the transfer through the same release control as
 * every other way a held ticket is let go ({@code assignment.control.HeldTickets}).
 */
package sv.gob.inpep.sesep.tickets;
