package sv.gob.inpep.sesep.supervision.boundary;

import sv.gob.inpep.sesep.agents.entity.AgentStatus;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The supervision board at one moment: what waits in the queue per area and service, and every
 * active agent with their status and the ticket they hold. Durations are in seconds as of {@code at}.
 */
public record Board(LocalDateTime at, Long areaId, List<Area> areas, List<Waiting> waiting, List<AgentLine> agents)
        implements Serializable {

    /** An area the board can be narrowed to. */
    public record Area(long id, String name) implements Serializable {
    }

    /** Tickets of one service waiting in the queue. */
    public record Waiting(String areaName, String serviceCode, String serviceName, long tickets, int topPriority,
                          long oldestWaitSeconds) implements Serializable {
    }

    /**
     * An agent; the ticket fields are null when the agent holds none. {@code silentSeconds} is how
     * long the agent's page has not been heard from (its desk watch is the heartbeat).
     */
    public record AgentLine(long agentId, String gestorCode, String fullName, String areaName, String agentTypeName,
                            AgentStatus status, long statusSeconds, long silentSeconds, Long ticketId,
                            String ticketNumber, String seiNumber, String serviceName, long attentionSeconds,
                            TicketOutcome outcome, Long requestId) implements Serializable {

        public boolean holdsTicket() {
            return ticketId != null;
        }
    }

    public long waitingTickets() {
        return waiting.stream().mapToLong(Waiting::tickets).sum();
    }

    public long oldestWaitSeconds() {
        return waiting.stream().mapToLong(Waiting::oldestWaitSeconds).max().orElse(0);
    }

    /**
     * Whether the agent's status is worth a duration on the board: any status taken today, and
     * being available or in attention since earlier. An agent who has not been available today is
     * simply "not available", not "not available for 335 days".
     */
    public boolean showsStatusDuration(AgentLine agent) {
        long sinceMidnight = Duration.between(at.toLocalDate().atStartOfDay(), at).toSeconds();
        return agent.status() != AgentStatus.UNAVAILABLE || agent.statusSeconds() <= sinceMidnight;
    }

    public long agentsIn(AgentStatus status) {
        return agents.stream().filter(a -> a.status() == status).count();
    }
}
