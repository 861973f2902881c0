package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.assignment.boundary.AgentDesk;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.requests.boundary.RequestDetail;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;
import sv.gob.inpep.sesep.requests.boundary.Requests;
import sv.gob.inpep.sesep.requests.boundary.TimelineEntry;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.tickets.boundary.TicketWorkspace;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Desistir (issue 17): a citizen withdraws their own request that no agent holds; it closes as
 * desistida, its waiting ticket leaves the queue in the same transaction and the service is free.
 * Nobody else can withdraw it, nobody can once an agent holds it, and when the citizen and an
 * agent reach for it at the same moment exactly one of them gets it.
 */
@ExtendWith(ArquillianExtension.class)
class WithdrawalIT {

    @Inject
    QueueData data;

    @Inject
    DeadlineData deadlines;

    @Inject
    AssignmentQueue queue;

    @Inject
    TicketWorkspace workspace;

    @Inject
    RequestTracking tracking;

    @Inject
    Requests requests;

    @Test
    void theOwnerWithdrawsAWaitingRequestItsTicketLeavesTheQueueAndTheServiceIsFree() throws Exception {
        long service = data.newService("desistir");
        deadlines.limits(service, 5, 10, 20, true);
        Agents agents = new Agents(data.newAgents("desistir", 1, data.newAgentType(service)));
        long ticket = data.queueTickets(DemoAccounts.CONTRIBUTOR, service, 1, 0, data.now()).get(0);
        long request = data.requestOf(ticket);
        assertTrue(As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.detail(request)).canWithdraw());

        try (Mailbox mailbox = new Mailbox()) {
            As.user(DemoAccounts.CONTRIBUTOR, () -> {
                tracking.withdraw(request);
                return null;
            });
            QueueData.RequestState withdrawn = data.request(request);
            assertEquals(RequestStatus.CLOSED, withdrawn.status());
            assertEquals(Resolution.WITHDRAWN, withdrawn.resolution());
            assertEquals(List.of(TicketStatus.CLOSED), deadlines.ticketStatuses(request), "out of the queue");
            assertEquals(0, data.queued(service));
            assertEquals(1, data.auditCountOfRequest("REQUEST_WITHDRAWN", request));
            assertEquals(1, data.auditCount("REQUEST_WITHDRAWN", ticket), "the ticket that left the queue is named");

            // The demo contributor's: other tests' mails to her may arrive here too (the outbox's retries).
            Mails.await(mailbox, withdrawn.citizenEmail(), "desistió", "queda cerrada como desistida");
        }

        AgentDesk desk = agents.as(0, queue::becomeAvailable);
        assertNull(desk.ticket(), "an agent can never be handed a withdrawn request's ticket");
        RequestDetail detail = As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.detail(request));
        assertTrue(detail.isWithdrawn());
        assertFalse(detail.canWithdraw());
        TimelineEntry last = detail.timeline().get(detail.timeline().size() - 1);
        assertEquals(RequestStatus.FILED, last.from());
        assertEquals(RequestStatus.CLOSED, last.to());
        assertTrue(last.byCitizen());
        assertNotNull(As.user(DemoAccounts.CONTRIBUTOR, () -> requests.filingForm(service)), "the service is free again");

        RuleViolation again = assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.CONTRIBUTOR, () -> {
            tracking.withdraw(request);
            return null;
        }));
        assertEquals("error.request.notWithdrawable", again.getMessageKey());
    }

    @Test
    void anotherCitizenCannotWithdrawItNorLearnThatItExists() throws Exception {
        long service = data.newService("ajena");
        long request = data.requestOf(data.queueTickets(DemoAccounts.CONTRIBUTOR, service, 1, 0, data.now()).get(0));
        String refusal = "Solicitud " + request + " pedido por " + DemoAccounts.BENEFICIARY;
        long refusalsBefore = data.audit("REQUEST_ACCESS_REFUSED", refusal).size();

        NotFound refused = assertThrows(NotFound.class, () -> As.user(DemoAccounts.BENEFICIARY, () -> {
            tracking.withdraw(request);
            return null;
        }));
        assertEquals("error.request.notFound", refused.getMessageKey());
        assertEquals(RequestStatus.FILED, data.request(request).status());
        assertEquals(1, data.queued(service), "the ticket still waits");
        assertEquals(refusalsBefore + 1, data.audit("REQUEST_ACCESS_REFUSED", refusal).size(), "the attempt is audited");
    }

    @Test
    void aRequestAnAgentHoldsCannotBeWithdrawnUntilTheAgentLetsItGo() throws Exception {
        long service = data.newService("en atención");
        Agents agents = new Agents(data.newAgents("retenida", 1, data.newAgentType(service)));
        long ticket = data.queueTickets(DemoAccounts.CONTRIBUTOR, service, 1, 0, data.now()).get(0);
        long request = data.requestOf(ticket);
        agents.as(0, queue::becomeAvailable);
        assertFalse(As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.detail(request)).canWithdraw(), "no button while held");

        RuleViolation held = assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.CONTRIBUTOR, () -> {
            tracking.withdraw(request);
            return null;
        }));
        assertEquals("error.request.heldByAgent", held.getMessageKey());
        assertEquals(1, data.auditCountOfRequest("REQUEST_WITHDRAWAL_REFUSED", request));
        assertEquals(RequestStatus.IN_ATTENTION, data.request(request).status());

        // Observed, but the agent has not closed the ticket yet: still held.
        agents.as(0, () -> workspace.observe(ticket, "Adjunte su DUI vigente."));
        assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.CONTRIBUTOR, () -> {
            tracking.withdraw(request);
            return null;
        }));
        agents.as(0, () -> {
            workspace.close(ticket);
            return null;
        });
        As.user(DemoAccounts.CONTRIBUTOR, () -> {
            tracking.withdraw(request);
            return null;
        });
        assertEquals(Resolution.WITHDRAWN, data.request(request).resolution(), "observed and let go: withdrawn");
    }

    @Test
    void whenTheCitizenWithdrawsAsAnAgentTakesTheTicketExactlyOneWins() throws Exception {
        long service = data.newService("carrera desistir");
        Agents agents = new Agents(data.newAgents("carrera-desistir", 1, data.newAgentType(service)));
        // The citizen logged in once too, so both sides start their transaction at the same moment.
        Agents citizens = new Agents(List.of(DemoAccounts.CONTRIBUTOR));
        int rounds = 20;
        int withdrawals = 0;
        int claims = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                long ticket = data.queueTickets(DemoAccounts.CONTRIBUTOR, service, 1, 0, data.now()).get(0);
                long request = data.requestOf(ticket);
                CountDownLatch start = new CountDownLatch(1);
                Future<Boolean> citizen = pool.submit(() -> {
                    start.await();
                    try {
                        citizens.as(0, () -> {
                            tracking.withdraw(request);
                            return null;
                        });
                        return true;
                    } catch (RuleViolation refused) {
                        assertEquals("error.request.heldByAgent", refused.getMessageKey());
                        return false;
                    }
                });
                Future<AgentDesk> agent = pool.submit(() -> {
                    start.await();
                    return agents.as(0, queue::becomeAvailable);
                });
                start.countDown();
                boolean withdrew = citizen.get(60, TimeUnit.SECONDS);
                AgentDesk desk = agent.get(60, TimeUnit.SECONDS);
                boolean claimed = desk.ticket() != null;
                QueueData.RequestState state = data.request(request);
                assertTrue(withdrew ^ claimed, "round " + round + ": withdrawn " + withdrew + ", claimed " + claimed);
                if (withdrew) {
                    withdrawals++;
                    assertEquals(Resolution.WITHDRAWN, state.resolution());
                    assertEquals(List.of(TicketStatus.CLOSED), deadlines.ticketStatuses(request));
                    agents.as(0, queue::becomeUnavailable);
                } else {
                    claims++;
                    assertEquals(ticket, desk.ticket().ticketId());
                    assertEquals(RequestStatus.IN_ATTENTION, state.status());
                    data.complete(ticket);
                    agents.as(0, queue::becomeUnavailable);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("Withdrawal race: " + withdrawals + " withdrawn, " + claims + " taken by the agent, of " + rounds);
        assertEquals(rounds, withdrawals + claims);
        assertEquals(0, data.queued(service), "nothing left behind in the queue");
    }
}
