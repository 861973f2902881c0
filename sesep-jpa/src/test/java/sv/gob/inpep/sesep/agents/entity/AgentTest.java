package sv.gob.inpep.sesep.agents.entity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.accounts.entity.Role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static sv.gob.inpep.sesep.Fixtures.T0;
import static sv.gob.inpep.sesep.Fixtures.account;
import static sv.gob.inpep.sesep.Fixtures.assertRefused;
import static sv.gob.inpep.sesep.Fixtures.cau;
import static sv.gob.inpep.sesep.Fixtures.competentFor;
import static sv.gob.inpep.sesep.Fixtures.service;

class AgentTest {

    private Agent agent;

    @BeforeEach
    void setUp() {
        agent = new Agent(account("ana", Role.AGENTE), "G001", "Ana", cau(), competentFor(service(cau())), T0);
    }

    @Test
    void aNewAgentIsUnavailable() {
        assertEquals(AgentStatus.UNAVAILABLE, agent.getStatus());
        assertEquals(T0, agent.getStatusChangedAt());
        assertNull(agent.getAvailableSince());
    }

    @Test
    void becomingAvailableStartsTheWaitAndCountsAsASignOfLife() {
        agent.becomeAvailable(T0.plusMinutes(1));

        assertEquals(AgentStatus.AVAILABLE, agent.getStatus());
        assertEquals(T0.plusMinutes(1), agent.getAvailableSince());
        assertEquals(T0.plusMinutes(1), agent.getLastSeenAt());
    }

    @Test
    void pressingAvailableAgainKeepsTheAgentsPlace() {
        agent.becomeAvailable(T0.plusMinutes(1));
        agent.becomeAvailable(T0.plusMinutes(5));

        assertEquals(T0.plusMinutes(1), agent.getAvailableSince());
        assertEquals(T0.plusMinutes(1), agent.getStatusChangedAt());
        assertEquals(T0.plusMinutes(5), agent.getLastSeenAt());
    }

    @Test
    void attentionStartsOnlyForAnAvailableAgent() {
        assertRefused("error.agent.notAvailable", () -> agent.startAttention(T0));

        agent.becomeAvailable(T0);
        agent.startAttention(T0.plusMinutes(1));

        assertEquals(AgentStatus.BUSY, agent.getStatus());
        assertNull(agent.getAvailableSince());
        assertRefused("error.agent.notAvailable", () -> agent.startAttention(T0.plusMinutes(2)));
    }

    @Test
    void aBusyAgentCanNeitherLeaveNorAskForMore() {
        agent.becomeAvailable(T0);
        agent.startAttention(T0);

        assertRefused("error.agent.busy", () -> agent.becomeUnavailable(T0.plusMinutes(1)));
        assertRefused("error.agent.busy", () -> agent.becomeAvailable(T0.plusMinutes(1)));
        assertRefused("error.agent.busy", () -> agent.deactivate(T0.plusMinutes(1)));
        assertEquals(AgentStatus.BUSY, agent.getStatus());
    }

    @Test
    void endingTheAttentionKeepsTheAgentAvailableAtTheEndOfTheLine() {
        agent.becomeAvailable(T0);
        agent.startAttention(T0.plusMinutes(1));

        agent.endAttention(true, T0.plusMinutes(9));

        assertEquals(AgentStatus.AVAILABLE, agent.getStatus());
        assertEquals(T0.plusMinutes(9), agent.getAvailableSince());
    }

    @Test
    void endingTheAttentionCanTakeABreak() {
        agent.becomeAvailable(T0);
        agent.startAttention(T0.plusMinutes(1));

        agent.endAttention(false, T0.plusMinutes(9));

        assertEquals(AgentStatus.UNAVAILABLE, agent.getStatus());
        assertNull(agent.getAvailableSince());
    }

    @Test
    void attentionEndsOnlyForABusyAgent() {
        assertRefused("error.agent.notBusy", () -> agent.endAttention(true, T0));
        agent.becomeAvailable(T0);
        assertRefused("error.agent.notBusy", () -> agent.endAttention(true, T0));
    }

    @Test
    void anAvailableAgentCanStop() {
        agent.becomeAvailable(T0);
        agent.becomeUnavailable(T0.plusMinutes(3));

        assertEquals(AgentStatus.UNAVAILABLE, agent.getStatus());
        assertNull(agent.getAvailableSince());
        assertEquals(T0.plusMinutes(3), agent.getStatusChangedAt());
    }

    @Test
    void aDeactivatedAgentCannotTakeTickets() {
        agent.becomeAvailable(T0);
        agent.deactivate(T0.plusMinutes(1));

        assertFalse(agent.isActive());
        assertEquals(AgentStatus.UNAVAILABLE, agent.getStatus());
        assertRefused("error.agent.inactive", () -> agent.becomeAvailable(T0.plusMinutes(2)));
    }

    @Test
    void heartbeatRecordsTheSignOfLife() {
        agent.heartbeat(T0.plusSeconds(30));
        assertEquals(T0.plusSeconds(30), agent.getLastSeenAt());
    }
}
