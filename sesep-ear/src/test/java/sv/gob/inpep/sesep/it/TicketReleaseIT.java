package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.assignment.boundary.StrandedTickets;
import sv.gob.inpep.sesep.assignment.entity.ReleaseReason;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.supervision.boundary.SupervisionBoard;
import sv.gob.inpep.sesep.tickets.boundary.TicketWorkspace;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five ways a held ticket is let go go through one control (HeldTickets): after each, the
 * agent is not available and holds nothing, the assignment record is released with the reason,
 * and exactly one audit event says what happened to the ticket.
 */
@ExtendWith(ArquillianExtension.class)
class TicketReleaseIT {

    @Inject
    AssignmentQueue queue;

    @Inject
    TicketWorkspace workspace;

    @Inject
    StrandedTickets stranded;

    @Inject
    SupervisionBoard board;

    @Inject
    QueueData data;

    interface Release {
        void release(Agents agent, long ticket) throws Exception;
    }

    @Test
    void closedAfterAnOutcome() throws Exception {
        released("cerrado", true, (agent, ticket) -> agent.as(0, () -> {
            workspace.close(ticket);
            return null;
        }), ReleaseReason.CLOSED, "TICKET_CLOSED", TicketStatus.CLOSED);
    }

    @Test
    void closingWithoutAnOutcomeIsRefusedAndAudited() throws Exception {
        long service = data.newService("cierre sin resultado");
        Agents agent = new Agents(data.newAgents("cierre-sin", 1, data.newAgentType(service)));
        long ticket = data.queueTickets(service, 1).get(0);
        agent.as(0, queue::becomeAvailable);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> agent.as(0, () -> {
            workspace.close(ticket);
            return null;
        }));
        assertEquals("error.ticket.closeWithoutOutcome", refused.getMessageKey());
        assertEquals(1, data.auditCount("TICKET_CLOSE_REFUSED", ticket));
        assertEquals(1, data.ticket(ticket).openAssignments());
        assertEquals("BUSY", data.agentStatus(agent.username(0)));
    }

    @Test
    void abandoned() throws Exception {
        released("abandonado", false, (agent, ticket) -> agent.as(0, () -> queue.abandon(ticket)),
                ReleaseReason.ABANDONED, "TICKET_ABANDONED", TicketStatus.QUEUED);
    }

    @Test
    void sessionExpiredWithoutAndWithAnOutcome() throws Exception {
        Release sweep = (agent, ticket) -> {
            data.silence(agent.username(0));
            data.freeLease(StrandedTickets.LEASE);
            assertTrue(stranded.sweep("nodo-liberacion") >= 1);
        };
        released("sesion", false, sweep, ReleaseReason.SESSION_EXPIRED, "TICKET_RETURNED_SESSION_EXPIRED", TicketStatus.QUEUED);
        released("sesion observada", true, sweep, ReleaseReason.SESSION_EXPIRED, "TICKET_CLOSED_SESSION_EXPIRED",
                TicketStatus.CLOSED);
    }

    @Test
    void releasedByTheJefaturaWithoutAndWithAnOutcome() throws Exception {
        Release liberar = (agent, ticket) -> As.user(DemoAccounts.SUPERVISOR,
                () -> board.release(ticket, "El agente salió a una diligencia; atención pendiente."));
        released("jefatura", false, liberar, ReleaseReason.SUPERVISOR_RELEASE, "TICKET_RELEASED_BY_SUPERVISOR",
                TicketStatus.QUEUED);
        released("jefatura observada", true, liberar, ReleaseReason.SUPERVISOR_RELEASE, "TICKET_CLOSED_BY_SUPERVISOR",
                TicketStatus.CLOSED);
    }

    @Test
    void transferred() throws Exception {
        long target = data.newPensionesService("liberacion destino");
        released("trasladado", false, (agent, ticket) -> agent.as(0,
                        () -> workspace.transfer(ticket, target, "Corresponde al Departamento de Pensiones.")),
                ReleaseReason.TRANSFERRED, "TICKET_TRANSFERRED", TicketStatus.CLOSED);
    }

    /**
     * An agent takes a ticket (and observes the request when {@code observed}), {@code release}
     * lets it go; then the ticket, the agent, the assignment record and the audit are checked.
     */
    private void released(String label, boolean observed, Release release, ReleaseReason reason, String action,
                          TicketStatus ticketStatus) throws Exception {
        long service = data.newService("liberacion " + label);
        Agents agent = new Agents(data.newAgents("liberacion", 1, data.newAgentType(service)));
        long ticket = data.queueTickets(service, 1).get(0);
        assertEquals(ticket, agent.as(0, queue::becomeAvailable).ticket().ticketId());
        if (observed) {
            data.observe(ticket);
        }
        release.release(agent, ticket);

        QueueData.TicketState state = data.ticket(ticket);
        assertEquals(ticketStatus, state.status(), label);
        assertEquals("UNAVAILABLE", data.agentStatus(agent.username(0)), label + ": the agent is back at the initial screen");
        assertEquals(null, agent.as(0, queue::current).ticket(), label);
        assertEquals(1, state.assignments().size(), label);
        assertTrue(state.assignments().get(0).startsWith(agent.username(0) + ":" + reason + ":"), state.assignments().toString());
        assertEquals(0, state.openAssignments(), label + ": the assignment record is released");
        assertEquals(1, data.auditCount(action, ticket), label + ": one " + action);
        if (ticketStatus == TicketStatus.QUEUED) {
            assertEquals(AssignmentQueue.ABANDON_PRIORITY_STEP, state.priority(), label);
            assertEquals(RequestStatus.FILED, state.requestStatus(), label);
        } else if (observed) {
            assertEquals(RequestStatus.OBSERVED, state.requestStatus(), label + ": an observed SEI stays open for the fix");
        }
    }
}
