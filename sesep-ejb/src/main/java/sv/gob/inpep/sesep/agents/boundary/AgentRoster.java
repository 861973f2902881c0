package sv.gob.inpep.sesep.agents.boundary;

import sv.gob.inpep.sesep.agents.entity.AgentStatus;

import java.io.Serializable;
import java.util.List;

/** The agents, the agent types with their competence, the services a competence can hold and the areas a type can belong to. */
public record AgentRoster(List<AgentLine> agents, List<TypeLine> types, List<ServiceOption> services, List<AreaOption> areas)
        implements Serializable {

    public record AgentLine(long id, String gestorCode, String fullName, String username, String email, String areaName,
                            long agentTypeId, String agentTypeName, AgentStatus status, boolean active) implements Serializable {
    }

    /** An agent type and the ids of the services it attends. */
    public record TypeLine(long id, String code, String name, long areaId, String areaName, List<Long> serviceIds,
                           List<String> serviceNames) implements Serializable {
    }

    public record ServiceOption(long id, String code, String name, long areaId, boolean complaint) implements Serializable {

        /** Whether a type of the area may attend it: a service of the area, or a complaint service (any area's). */
        public boolean offeredTo(long typeAreaId) {
            return complaint || areaId == typeAreaId;
        }
    }

    /** A management area new agent types can belong to. */
    public record AreaOption(long id, String name) implements Serializable {
    }
}
