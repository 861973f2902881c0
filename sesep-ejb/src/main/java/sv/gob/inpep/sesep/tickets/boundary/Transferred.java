package sv.gob.inpep.sesep.tickets.boundary;

import java.io.Serializable;

/** What a transfer did: the SEI now waits for the service under a new ticket; the agent's ticket is closed. */
public record Transferred(String seiNumber, String closedTicketNumber, String ticketNumber, String serviceName,
                          String areaName) implements Serializable {
}
