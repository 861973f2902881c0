package sv.gob.inpep.sesep.assignment.boundary;

import sv.gob.inpep.sesep.agents.entity.AgentStatus;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What "Atención al Usuario" shows about the agent (activity 1): gestor data, agent type, status
 * and the ticket in attention, if any.
 *
 * @param ticket null while the agent holds no ticket
 */
public record AgentDesk(long agentId, String gestorCode, String fullName, String areaName, String agentTypeCode,
                        String agentTypeName, AgentStatus status, LocalDateTime availableSince,
                        AssignedTicket ticket) implements Serializable {

    public boolean isAvailable() {
        return status == AgentStatus.AVAILABLE;
    }

    public boolean isBusy() {
        return status == AgentStatus.BUSY;
    }

    public boolean hasTicket() {
        return ticket != null;
    }

    /**
     * The desk in short, status and the ticket in attention ("BUSY:42", "AVAILABLE:"): what the
     * agent's page compares with the server's to know it must be redrawn.
     */
    public String state() {
        return state(status, ticket == null ? null : ticket.ticketId());
    }

    static String state(AgentStatus status, Long ticketId) {
        return status.name() + ":" + (ticketId == null ? "" : ticketId);
    }
}
