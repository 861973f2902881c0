package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A Jefatura in a real browser: the board shows an agent holding a ticket; "Liberar", a reason
 * (refused while empty), confirm; the ticket is back in the queue first in line. Then "Niveles de
 * servicio" lists the request filed this month, and its CSV holds the same line; "Consulta de
 * solicitudes" finds the request among the citizen's and its record tells who had it and who
 * released it. From the board, "en riesgo" lists the request filed a month ago that still waits,
 * overdue, and offers only the supervisor's own area.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(Screens.TAG)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionBrowserIT {

    /** The agent's full name starts so (QueueData.newAgents); unique to this test. */
    static final String AGENT_NAME = "Agente de prueba tableronav-";
    static final String SERVICE_NAME = "Servicio de prueba tablero navegador";

    /** The service of the overdue request (SupervisionData.newService names it "Servicio de jefatura " + label + n). */
    static final String AT_RISK_LABEL = "riesgo navegador";

    static final String RELEASE_REASON = "El agente salió a una diligencia y no volverá hoy.";

    private static long ticket;

    @Inject
    QueueData data;

    @Inject
    AssignmentQueue queue;

    @Inject
    SupervisionData supervisionData;

    @Test
    @Order(1)
    void anAgentHoldsATicket() throws Exception {
        long service = data.newService("tablero navegador");
        Agents agents = new Agents(data.newAgents("tableronav", 1, data.newAgentType(service)));
        ticket = data.queueTickets(service, 1).get(0);
        data.queueTickets(data.newService("consulta navegador"), 1); // so the citizen has more than one request
        assertEquals(ticket, agents.as(0, queue::becomeAvailable).ticket().ticketId());
        // A request filed a month ago that still waits: overdue, in the "en riesgo" list.
        long late = supervisionData.newService(AT_RISK_LABEL, SupervisionData.CAU_AREA, 5);
        LocalDateTime filed = data.now().minusDays(30);
        supervisionData.pastRequest(late, null, filed, null, null, new SupervisionData.Turn(filed, null, null, null));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theSupervisorReleasesItFromTheBoard() {
        SupervisorScreen.release(AGENT_NAME, SERVICE_NAME, RELEASE_REASON);
    }

    @Test
    @Order(3)
    void theTicketWaitsFirstInLine() {
        QueueData.TicketState state = data.ticket(ticket);
        assertEquals(TicketStatus.QUEUED, state.status());
        assertEquals(AssignmentQueue.ABANDON_PRIORITY_STEP, state.priority());
        assertEquals(1, data.auditCount("TICKET_RELEASED_BY_SUPERVISOR", ticket));
    }

    @Test
    @Order(4)
    @RunAsClient
    void theServiceLevelsOfThisMonthListTheRequestAndDownloadAsCsv() {
        SupervisorScreen.serviceLevels(SERVICE_NAME);
    }

    @Test
    @Order(5)
    @RunAsClient
    void theRequestsRecordTellsWhoHadItAndWhoTookItAway() {
        SupervisorScreen.requestRecord(DemoAccounts.CONTRIBUTOR, SERVICE_NAME, AGENT_NAME, RELEASE_REASON);
    }

    @Test
    @Order(6)
    @RunAsClient
    void theBoardLeadsToTheTicketsAtRiskOfTheSupervisorsArea() {
        SupervisorScreen.atRisk("Servicio de jefatura " + AT_RISK_LABEL);
    }
}
