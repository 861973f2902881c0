package sv.gob.inpep.sesep.agents.entity;

/** No disponible / Disponible / En atención: whether the queue may hand this agent a ticket. */
public enum AgentStatus {
    UNAVAILABLE, AVAILABLE, BUSY
}
