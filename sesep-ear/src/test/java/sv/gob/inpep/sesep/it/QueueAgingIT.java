package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.assignment.boundary.AgingTickets;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.assignment.control.QueueAging;
import sv.gob.inpep.sesep.catalog.boundary.Holidays;
import sv.gob.inpep.sesep.catalog.control.BusinessCalendar;
import sv.gob.inpep.sesep.tickets.boundary.TicketWorkspace;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Aging (issue 17): a waiting ticket rises as its request's due date nears, so that "priority,
 * then first come" does not keep a near-due request behind newer ones; an abandoned ticket still
 * comes first. The periodic run (one node, under a lease) gives old tickets their due date and
 * raises urgencies; a ticket queued now starts as urgent as its due date makes it.
 */
@ExtendWith(ArquillianExtension.class)
class QueueAgingIT {

    @Inject
    AssignmentQueue queue;

    @Inject
    TicketWorkspace workspace;

    @Inject
    AgingTickets aging;

    @Inject
    QueueAging rule;

    @Inject
    Holidays holidays;

    @Inject
    QueueData data;

    @Test
    void aNearDueTicketRisesAboveNewerRequestsOfTheSamePriority() throws Exception {
        long service = data.newService("envejecimiento");
        Agents agents = new Agents(data.newAgents("envejecimiento", 1, data.newAgentType(service)));
        LocalDateTime now = data.now();
        LocalDate today = now.toLocalDate();
        BusinessCalendar calendar = holidays.calendar(today.minusDays(90), today.plusDays(90));
        // Filed today, waiting for a while: due in 5 business days, not near.
        long fresh1 = data.queueTicketFiledAt(service, now.minusMinutes(3), now.minusMinutes(3));
        long fresh2 = data.queueTicketFiledAt(service, now.minusMinutes(2), now.minusMinutes(2));
        // Filed 3 business days ago, queued again just now (fixed after an observation): 2 business days left.
        LocalDate threeBack = today;
        for (int back = 0; back < 3; threeBack = threeBack.minusDays(1)) {
            if (calendar.isBusinessDay(threeBack.minusDays(1))) {
                back++;
            }
        }
        long near = data.queueTicketFiledAt(service, threeBack.atTime(9, 0), now.minusMinutes(1));
        // Filed six weeks ago and only now queued again: overdue.
        long overdue = data.queueTicketFiledAt(service, now.minusDays(42), now);
        // A fresh one abandoned earlier: its priority still puts it first (activity 35).
        long abandoned = data.queueTickets(service, 1, AssignmentQueue.ABANDON_PRIORITY_STEP, now).get(0);

        data.freeLease(AgingTickets.LEASE);
        assertTrue(aging.run("nodo-envejecimiento") >= 4, "due dates given and urgencies raised");
        assertEquals(-1, aging.run("otro-nodo"), "one node of the cluster at a time");

        QueueData.TicketState nearState = data.ticket(near);
        assertEquals(calendar.plusBusinessDays(threeBack, 5), nearState.dueOn());
        assertEquals(rule.levels() - 2, nearState.urgency(), "two business days left");
        assertEquals(rule.levels(), data.ticket(overdue).urgency(), "overdue: the highest urgency");
        assertEquals(0, data.ticket(fresh1).urgency());
        assertEquals(calendar.plusBusinessDays(today, 5), data.ticket(fresh1).dueOn());

        List<Long> order = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long ticket = agents.as(0, queue::becomeAvailable).ticket().ticketId();
            order.add(ticket);
            data.complete(ticket);
        }
        assertEquals(List.of(abandoned, overdue, near, fresh1, fresh2), order,
                "priority, then urgency, then first come");
        assertNull(agents.as(0, queue::becomeAvailable).ticket());
    }

    @Test
    void aTicketQueuedForAnOverdueRequestIsUrgentAtOnce() throws Exception {
        long wrong = data.newService("envejecimiento origen");
        long right = data.newPensionesService("envejecimiento destino");
        Agents agents = new Agents(data.newAgents("envejecimiento-traslado", 1, data.newAgentType(wrong)));
        long old = data.queueTicketFiledAt(wrong, data.now().minusDays(42), data.now());
        assertEquals(old, agents.as(0, queue::becomeAvailable).ticket().ticketId());
        agents.as(0, () -> workspace.transfer(old, right, "Corresponde a Pensiones."));
        QueueData.TicketState next = data.ticket(data.facts(data.requestOf(old)).latestTicket());
        assertEquals(rule.levels(), next.urgency(), "no need to wait for the next aging run");
    }
}
