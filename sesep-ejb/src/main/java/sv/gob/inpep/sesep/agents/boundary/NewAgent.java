package sv.gob.inpep.sesep.agents.boundary;

/** What the administrator types to enrol an agent; the password is chosen by the agent through a mailed link. */
public record NewAgent(String username, String fullName, String email, String gestorCode, Long agentTypeId) {
}
