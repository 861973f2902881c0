package sv.gob.inpep.sesep.assignment.entity;

/** Why an agent stopped holding a ticket. */
public enum ReleaseReason {
    /** "Cerrar Ticket" after an answer, observation or denial. */
    CLOSED,
    /** "Abandonar" by the agent. */
    ABANDONED,
    /** The agent's session died and the grace period passed. */
    SESSION_EXPIRED,
    /** A supervisor took the ticket from the agent ("Liberar" on the supervision board). */
    SUPERVISOR_RELEASE,
    /** The request belonged to another service: the agent transferred it, and it queues again under a new ticket. */
    TRANSFERRED
}
