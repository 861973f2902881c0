package sv.gob.inpep.sesep.tickets.entity;

/**
 * The way out the agent took (activity 15). Once there is one the ticket can only be closed,
 * never abandoned (activity 34.2).
 */
public enum TicketOutcome {
    ANSWERED, OBSERVED, DENIED
}
