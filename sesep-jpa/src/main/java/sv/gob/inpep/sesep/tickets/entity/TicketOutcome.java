package sv.gob.inpep.sesep.tickets.entity;

/**
 * The way out the agent took (activity 15). Once there is one the ticket can only be closed,
 * never abandoned (activity 34.2). TRANSFERRED is not a resolution: the request belonged to
 * another service, went there under a new ticket, and this ticket closed with the transfer.
 */
public enum TicketOutcome {
    ANSWERED, OBSERVED, DENIED, TRANSFERRED
}
