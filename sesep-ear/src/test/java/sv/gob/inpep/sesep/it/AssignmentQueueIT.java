package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.agents.entity.AgentStatus;
import sv.gob.inpep.sesep.assignment.boundary.AgentDesk;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.assignment.boundary.StrandedTickets;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assignment queue against the real database (H2, and PostgreSQL with -Ppostgresql): many
 * agents racing for the same tickets, competence, priority and age, the hand-over to the agent
 * who waited longest, abandon, and the sweep of tickets whose agent's session ended.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentQueueIT {

    @Inject
    AssignmentQueue queue;

    @Inject
    StrandedTickets stranded;

    @Inject
    QueueData data;

    @Resource(lookup = "java:jboss/datasources/SesepDS")
    DataSource dataSource;

    @Test
    void fiftyAgentsDrainTwoThousandTicketsEachAssignedExactlyOnceInQueueOrder() throws Exception {
        long service = data.newService("carrera");
        Agents agents = new Agents(data.newAgents("carrera", 50, data.newAgentType(service)));
        List<Long> queueOrder = data.queueTickets(service, 2000);
        List<ClaimCheck.Claim> claims = Collections.synchronizedList(new ArrayList<>());

        long started = System.nanoTime();
        agents.race(agent -> {
            long start = System.nanoTime();
            AgentDesk desk = agents.as(agent, queue::becomeAvailable);
            long end = System.nanoTime();
            if (desk.ticket() == null) {
                return data.queued(service) > 0;
            }
            claims.add(new ClaimCheck.Claim(agents.username(agent), desk.ticket().ticketId(), start, end));
            data.complete(desk.ticket().ticketId());
            return true;
        }, 600);
        double seconds = (System.nanoTime() - started) / 1e9;

        ClaimCheck check = ClaimCheck.of(queueOrder, List.copyOf(claims), List.of());
        System.out.printf("Race of 50 agents over 2000 tickets in %.1f s: %s%n", seconds, check);
        assertEquals(0, check.duplicates(), check.toString());
        assertEquals(0, check.lost(), check.toString());
        assertEquals(2000, check.distinctClaimed(), check.toString());
        assertEquals(0, data.queued(service), "none left waiting");
        // The database agrees: one assignment per ticket, whatever the claimers reported.
        data.assignmentCounts(service).forEach(row -> assertEquals(1, row[1], "assignments of ticket " + row[0]));
        // Inversions happen only between claims that overlapped in time (a claimer holding the head
        // ticket returns after one that skipped it); a claim that began after another returned
        // never gets a ticket that was behind it in the queue.
        assertEquals(0, check.unexplained(), check.toString());
    }

    @Test
    void theCheckerCatchesABrokenClaimThatReadsThenUpdatesWithoutALock() throws Exception {
        long service = data.newService("sin bloqueo");
        Agents agents = new Agents(data.newAgents("sinbloqueo", 20, data.newAgentType(service)));
        List<Long> queueOrder = data.queueTickets(service, 200);
        List<ClaimCheck.Claim> claims = Collections.synchronizedList(new ArrayList<>());

        agents.race(agent -> {
            long start = System.nanoTime();
            Long ticket = brokenClaim(service);
            if (ticket == null) {
                return false;
            }
            claims.add(new ClaimCheck.Claim(agents.username(agent), ticket, start, System.nanoTime()));
            return true;
        }, 120);

        ClaimCheck check = ClaimCheck.of(queueOrder, List.copyOf(claims), List.of());
        System.out.println("Broken claim (select, then update without a lock): " + check);
        assertTrue(check.duplicates() > 0, "the checker sees tickets given twice: " + check);
    }

    /** What not to do: read the head of the queue, then take it, with nothing stopping another reader. */
    private Long brokenClaim(long service) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Long id;
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM ticket WHERE status = 'QUEUED'"
                    + " AND service_id = ? ORDER BY priority DESC, queued_at, id FETCH FIRST 1 ROWS ONLY")) {
                select.setLong(1, service);
                try (ResultSet rows = select.executeQuery()) {
                    id = rows.next() ? rows.getLong(1) : null;
                }
            }
            if (id == null) {
                return null;
            }
            Thread.sleep(2);
            try (PreparedStatement take = connection.prepareStatement("UPDATE ticket SET status = 'CLOSED' WHERE id = ?")) {
                take.setLong(1, id);
                take.executeUpdate();
            }
            return id;
        }
    }

    @Test
    void anAgentGetsTheOldestTicketOfTheHighestPriorityWithinTheirCompetenceAndWhyIsRecorded() throws Exception {
        long mine = data.newService("propio");
        long other = data.newService("ajeno");
        Agents agents = new Agents(data.newAgents("competencia", 1, data.newAgentType(mine)));
        LocalDateTime now = data.now();
        long olderOutside = data.queueTickets(other, 1, 0, now.minusHours(2)).get(0);
        long urgentOutside = data.queueTickets(other, 1, 5, now.minusHours(2)).get(0);
        List<Long> normal = data.queueTickets(mine, 2, 0, now.minusHours(1));
        long raised = data.queueTickets(mine, 1, 1, now).get(0);

        AgentDesk desk = agents.as(0, queue::becomeAvailable);
        assertEquals(AgentStatus.BUSY, desk.status());
        assertEquals(raised, desk.ticket().ticketId(), "priority first, even over older tickets");
        finishAndAskAgain(agents, raised);
        desk = agents.as(0, queue::current);
        assertEquals(normal.get(0), desk.ticket().ticketId(), "then the oldest");
        assertTrue(desk.ticket().waitedMillis() >= 3_600_000, "the wait is recorded: " + desk.ticket());
        assertEquals(0, desk.ticket().priority());
        QueueData.TicketState state = data.ticket(normal.get(0));
        assertEquals(TicketStatus.ASSIGNED, state.status());
        assertEquals(RequestStatus.IN_ATTENTION, state.requestStatus());
        assertTrue(state.assignments().get(0).startsWith(agents.username(0) + ":null:AT"), state.toString());
        assertEquals(1, data.auditCount("TICKET_ASSIGNED", normal.get(0)));

        finishAndAskAgain(agents, normal.get(0));
        finishAndAskAgain(agents, normal.get(1));
        desk = agents.as(0, queue::current);
        assertNull(desk.ticket(), "tickets outside the competence are never handed out");
        assertEquals(AgentStatus.AVAILABLE, desk.status(), "with nothing to attend the agent stays available");
        assertEquals(TicketStatus.QUEUED, data.ticket(olderOutside).status());
        assertEquals(TicketStatus.QUEUED, data.ticket(urgentOutside).status());
    }

    private void finishAndAskAgain(Agents agents, long ticket) throws Exception {
        data.complete(ticket);
        agents.as(0, queue::becomeAvailable);
    }

    @Test
    void aTicketArrivingLaterGoesToTheAgentWhoHasWaitedLongestOnTheNextPoll() throws Exception {
        long service = data.newService("espera");
        Agents agents = new Agents(data.newAgents("espera", 2, data.newAgentType(service)));
        AgentDesk first = agents.as(0, queue::becomeAvailable);
        assertNull(first.ticket(), "nothing waiting (activity 4)");
        assertEquals(AgentStatus.AVAILABLE, first.status());
        Thread.sleep(20);
        agents.as(1, queue::becomeAvailable);

        long ticket = data.queueTickets(service, 1).get(0);
        AgentDesk pollOfTheNewcomer = agents.as(1, queue::heartbeat);
        assertNull(pollOfTheNewcomer.ticket(), "the newcomer's poll hands the ticket on, not to itself");
        assertEquals(ticket, agents.as(0, queue::heartbeat).ticket().ticketId(), "the longest-waiting agent has it");

        AgentDesk back = agents.as(1, queue::becomeUnavailable);
        assertEquals(AgentStatus.UNAVAILABLE, back.status());
        RuleViolation busy = assertThrows(RuleViolation.class, () -> agents.as(0, queue::becomeUnavailable));
        assertEquals("error.agent.busy", busy.getMessageKey());
    }

    @Test
    void anAbandonedTicketReturnsAheadOfOlderOnesAndTheAgentLeavesTheQueue() throws Exception {
        long service = data.newService("abandono");
        Agents agents = new Agents(data.newAgents("abandono", 2, data.newAgentType(service)));
        long ticket = data.queueTickets(service, 1).get(0);
        assertEquals(ticket, agents.as(0, queue::becomeAvailable).ticket().ticketId());
        long older = data.queueTickets(service, 1, 0, data.now().minusDays(1)).get(0);

        AgentDesk after = agents.as(0, () -> queue.abandon(ticket));
        assertNull(after.ticket());
        assertEquals(AgentStatus.UNAVAILABLE, after.status(), "back to the initial screen (activity 35)");
        QueueData.TicketState state = data.ticket(ticket);
        assertEquals(TicketStatus.QUEUED, state.status());
        assertEquals(AssignmentQueue.ABANDON_PRIORITY_STEP, state.priority());
        assertEquals(RequestStatus.FILED, state.requestStatus());
        assertTrue(state.assignments().get(0).startsWith(agents.username(0) + ":ABANDONED"), state.toString());

        assertEquals(ticket, agents.as(1, queue::becomeAvailable).ticket().ticketId(),
                "the next competent agent gets the abandoned ticket before an older one");
        assertEquals(TicketStatus.QUEUED, data.ticket(older).status());
        assertEquals(1, data.auditCount("TICKET_ABANDONED", ticket));
    }

    @Test
    void abandonIsRefusedOnceTheAgentObservedAndNobodyElsesTicketCanBeAbandoned() throws Exception {
        long service = data.newService("rechazo");
        Agents agents = new Agents(data.newAgents("rechazo", 2, data.newAgentType(service)));
        List<Long> tickets = data.queueTickets(service, 2);
        long mine = agents.as(0, queue::becomeAvailable).ticket().ticketId();
        long theirs = agents.as(1, queue::becomeAvailable).ticket().ticketId();

        NotFound notMine = assertThrows(NotFound.class, () -> agents.as(0, () -> queue.abandon(theirs)));
        assertEquals("error.ticket.notFound", notMine.getMessageKey());
        assertEquals(TicketStatus.ASSIGNED, data.ticket(theirs).status());

        data.observe(mine);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> agents.as(0, () -> queue.abandon(mine)));
        assertEquals("error.ticket.abandonAfterOutcome", refused.getMessageKey(), "activity 34.2");
        QueueData.TicketState state = data.ticket(mine);
        assertEquals(TicketStatus.ASSIGNED, state.status());
        assertEquals(agents.username(0), state.agent());
        assertEquals(RequestStatus.OBSERVED, state.requestStatus());
        assertTrue(tickets.contains(mine) && tickets.contains(theirs));
    }

    @Test
    void aTicketOfASilentSessionReturnsOnceWhenTwoSweepersRace() throws Exception {
        long service = data.newService("barrido");
        Agents agents = new Agents(data.newAgents("barrido", 1, data.newAgentType(service)));
        long ticket = data.queueTickets(service, 1).get(0);
        assertEquals(ticket, agents.as(0, queue::becomeAvailable).ticket().ticketId());
        data.silence(agents.username(0));
        data.freeLease(StrandedTickets.LEASE);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = nodes.submit(() -> {
                start.await();
                return stranded.sweep("nodo-a");
            });
            Future<Integer> b = nodes.submit(() -> {
                start.await();
                return stranded.sweep("nodo-b");
            });
            start.countDown();
            int ranA = a.get();
            int ranB = b.get();
            System.out.println("Sweepers: nodo-a " + ranA + ", nodo-b " + ranB + " (-1 = lease held by another node)");
            assertTrue(ranA == -1 || ranB == -1, "only one node sweeps: " + ranA + " / " + ranB);
        } finally {
            nodes.shutdown();
        }

        QueueData.TicketState state = data.ticket(ticket);
        assertEquals(TicketStatus.QUEUED, state.status());
        assertEquals(AssignmentQueue.ABANDON_PRIORITY_STEP, state.priority(), "raised once");
        assertEquals(1, state.assignments().size());
        assertTrue(state.assignments().get(0).contains(":SESSION_EXPIRED"), state.toString());
        assertEquals(RequestStatus.FILED, state.requestStatus());
        assertEquals("UNAVAILABLE", data.agentStatus(agents.username(0)));
        assertEquals(1, data.auditCount("TICKET_RETURNED_SESSION_EXPIRED", ticket));

        data.freeLease(StrandedTickets.LEASE);
        assertEquals(0, stranded.sweep("nodo-c"), "a later sweep finds nothing more to return");
        assertNotNull(data.ticket(ticket));
    }
}
