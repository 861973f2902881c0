package sv.gob.inpep.sesep.tickets.entity;

/** En cola / Asignado / Cerrado. */
public enum TicketStatus {
    QUEUED, ASSIGNED, CLOSED
}
