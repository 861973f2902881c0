package sv.gob.inpep.sesep.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.agents.entity.AgentStatus;
import sv.gob.inpep.sesep.assignment.boundary.AgentDesk;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.assignment.control.HeldTickets;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.supervision.boundary.Board;
import sv.gob.inpep.sesep.supervision.boundary.SupervisionBoard;
import sv.gob.inpep.sesep.tickets.boundary.TicketWorkspace;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Jefaturas' board through the real boundary: what waits and for how long, each agent with
 * the ticket in attention, and "Liberar" (back to the queue first in line, or closed after an
 * outcome), refused on a stale board, done once when two supervisors click together, and out of
 * reach of every other role.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionBoardIT {

    /** A second Jefatura that reaches the CAU's tickets: the demo supervisor of every area. */
    static final String OTHER_SUPERVISOR = SupervisionData.ALL_AREAS_SUPERVISOR;

    @Inject
    SupervisionBoard supervision;

    @Inject
    AssignmentQueue queue;

    @Inject
    TicketWorkspace workspace;

    @Inject
    QueueData data;

    @Inject
    DeadlineData deadlines;

    @Test
    void theBoardShowsWhatWaitsSinceWhenAndEachAgentWithTheTicketInAttention() throws Exception {
        long service = data.newService("tablero");
        String code = deadlines.code(service);
        Agents agents = new Agents(data.newAgents("tablero", 2, data.newAgentType(service)));
        List<Long> tickets = data.queueTickets(service, 3, 0, data.now().minusMinutes(10));
        AgentDesk desk = agents.as(0, queue::becomeAvailable);
        assertEquals(tickets.get(0), desk.ticket().ticketId());

        Board board = As.user(DemoAccounts.SUPERVISOR, () -> supervision.board(null));
        Board.Waiting waiting = board.waiting().stream()
                .filter(w -> w.serviceCode().equals(code)).findFirst().orElseThrow();
        assertEquals(2, waiting.tickets(), "the two not yet assigned");
        assertTrue(waiting.oldestWaitSeconds() >= 599, "waiting ten minutes: " + waiting.oldestWaitSeconds());
        assertEquals("Centro de Atención al Usuario", waiting.areaName());

        Board.AgentLine busy = line(board, agents.username(0));
        assertEquals(AgentStatus.BUSY, busy.status());
        assertEquals(desk.ticket().ticketNumber(), busy.ticketNumber());
        assertEquals(desk.ticket().seiNumber(), busy.seiNumber());
        assertEquals(data.requestOf(tickets.get(0)), busy.requestId(), "the SEI links to its record");
        assertTrue(busy.attentionSeconds() < 60, "just assigned: " + busy.attentionSeconds());
        Board.AgentLine idle = line(board, agents.username(1));
        assertEquals(AgentStatus.UNAVAILABLE, idle.status());
        assertNull(idle.ticketNumber());

        // Narrowed to the other area, none of this shows.
        long otherArea = SupervisionData.PENSIONES_AREA;
        Board pensiones = As.user(OTHER_SUPERVISOR, () -> supervision.board(otherArea));
        assertTrue(pensiones.agents().stream().noneMatch(a -> a.areaName().equals("Centro de Atención al Usuario")));
        assertTrue(pensiones.waiting().stream().noneMatch(w -> w.serviceCode().equals(code)));
    }

    @Test
    void aReleasedTicketGoesBackFirstInLineAndTheAgentNoLongerReachesIt() throws Exception {
        long service = data.newService("liberar");
        Agents agents = new Agents(data.newAgents("liberar", 1, data.newAgentType(service)));
        long ticket = data.queueTickets(service, 1).get(0);
        agents.as(0, queue::becomeAvailable);

        RuleViolation noReason = assertThrows(RuleViolation.class,
                () -> As.user(DemoAccounts.SUPERVISOR, () -> supervision.release(ticket, " ")));
        assertEquals("error.supervision.reasonRequired", noReason.getMessageKey());

        HeldTickets.Release release = As.user(DemoAccounts.SUPERVISOR,
                () -> supervision.release(ticket, "El agente se retiró por una emergencia."));
        assertEquals(HeldTickets.Release.RETURNED_TO_QUEUE, release);
        QueueData.TicketState state = data.ticket(ticket);
        assertEquals(TicketStatus.QUEUED, state.status());
        assertEquals(AssignmentQueue.ABANDON_PRIORITY_STEP, state.priority(), "ahead of every ticket never released");
        assertEquals(RequestStatus.FILED, state.requestStatus());
        assertTrue(state.assignments().get(0).startsWith(agents.username(0) + ":SUPERVISOR_RELEASE:"), state.assignments().toString());
        assertEquals(1, data.auditCount("TICKET_RELEASED_BY_SUPERVISOR", ticket));

        assertEquals(AgentStatus.UNAVAILABLE, agents.as(0, queue::heartbeat).status());
        assertNull(agents.as(0, queue::current).ticket(), "the agent's page finds the ticket gone");
        NotFound gone = assertThrows(NotFound.class, () -> agents.as(0, () -> workspace.generals(ticket)));
        assertEquals("error.ticket.notFound", gone.getMessageKey());

        // A board drawn before the release offers it again: refused, and nothing changes.
        RuleViolation stale = assertThrows(RuleViolation.class,
                () -> As.user(DemoAccounts.SUPERVISOR, () -> supervision.release(ticket, "Otra vez")));
        assertEquals("error.supervision.notInAttention", stale.getMessageKey());
        assertEquals(1, data.ticket(ticket).assignments().size());
    }

    @Test
    void aTicketTheAgentAlreadyObservedIsClosedNotReturned() throws Exception {
        long service = data.newService("liberar observada");
        Agents agents = new Agents(data.newAgents("liberarobs", 1, data.newAgentType(service)));
        long ticket = data.queueTickets(service, 1).get(0);
        agents.as(0, queue::becomeAvailable);
        data.observe(ticket);

        HeldTickets.Release release = As.user(DemoAccounts.SUPERVISOR,
                () -> supervision.release(ticket, "El agente observó pero no cerró el ticket."));
        assertEquals(HeldTickets.Release.CLOSED, release);
        QueueData.TicketState state = data.ticket(ticket);
        assertEquals(TicketStatus.CLOSED, state.status());
        assertEquals(RequestStatus.OBSERVED, state.requestStatus(), "the citizen can still fix it");
        assertEquals(1, data.auditCount("TICKET_CLOSED_BY_SUPERVISOR", ticket));
        assertEquals(AgentStatus.UNAVAILABLE.name(), data.agentStatus(agents.username(0)));
        Board.AgentLine line = line(As.user(DemoAccounts.SUPERVISOR, () -> supervision.board(null)), agents.username(0));
        assertNull(line.ticketId(), "the board no longer shows it in attention");
    }

    @Test
    void twoSupervisorsReleasingTheSameTicketAtOnceReleaseItOnce() throws Exception {
        long service = data.newService("liberar a la vez");
        Agents agents = new Agents(data.newAgents("liberardos", 1, data.newAgentType(service)));
        long ticket = data.queueTickets(service, 1).get(0);
        agents.as(0, queue::becomeAvailable);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HeldTickets.Release>> clicks = new ArrayList<>();
            for (String supervisor : List.of(DemoAccounts.SUPERVISOR, OTHER_SUPERVISOR)) {
                Callable<HeldTickets.Release> click = () -> As.user(supervisor, () -> {
                    start.await();
                    return supervision.release(ticket, "Liberado por " + supervisor);
                });
                clicks.add(pool.submit(click));
            }
            start.countDown();
            int released = 0;
            int refused = 0;
            for (Future<HeldTickets.Release> click : clicks) {
                try {
                    assertEquals(HeldTickets.Release.RETURNED_TO_QUEUE, click.get());
                    released++;
                } catch (ExecutionException e) {
                    assertTrue(e.getCause() instanceof RuleViolation, e.toString());
                    assertEquals("error.supervision.notInAttention", ((RuleViolation) e.getCause()).getMessageKey());
                    refused++;
                }
            }
            assertEquals(1, released);
            assertEquals(1, refused);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, data.auditCount("TICKET_RELEASED_BY_SUPERVISOR", ticket));
        assertEquals(AssignmentQueue.ABANDON_PRIORITY_STEP, data.ticket(ticket).priority(), "raised once");
    }

    @Test
    void onlySupervisorsReachTheBoard() {
        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.AGENT, () -> supervision.board(null)));
        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.CONTRIBUTOR, () -> supervision.board(null)));
        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.AGENT, () -> supervision.release(1, "x")));
    }

    private static Board.AgentLine line(Board board, String username) {
        return board.agents().stream().filter(a -> a.fullName().endsWith(" " + username)).findFirst().orElseThrow();
    }
}
