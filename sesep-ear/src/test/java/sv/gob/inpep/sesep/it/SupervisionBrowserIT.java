package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A Jefatura in a real browser: the board shows an agent holding a ticket; "Liberar", a reason
 * (refused while empty), confirm; the ticket is back in the queue first in line. Then "Niveles de
 * servicio" lists the request filed this month, and its CSV holds the same line; "Consulta de
 * solicitudes" finds the request among the citizen's and its record tells who had it and who
 * released it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionBrowserIT {

    /** The agent's full name starts so (QueueData.newAgents); unique to this test. */
    static final String AGENT_NAME = "Agente de prueba tableronav-";
    static final String SERVICE_NAME = "Servicio de prueba tablero navegador";

    static final String RELEASE_REASON = "El agente salió a una diligencia y no volverá hoy.";

    private static long ticket;

    @Deployment
    static EnterpriseArchive deployment() {
        return SesepDeployment.ear();
    }

    @Inject
    QueueData data;

    @Inject
    AssignmentQueue queue;

    @Test
    @Order(1)
    void anAgentHoldsATicket() throws Exception {
        long service = data.newService("tablero navegador");
        Agents agents = new Agents(data.newAgents("tableronav", 1, data.newAgentType(service)));
        ticket = data.queueTickets(service, 1).get(0);
        data.queueTickets(data.newService("consulta navegador"), 1); // so the citizen has more than one request
        assertEquals(ticket, agents.as(0, queue::becomeAvailable).ticket().ticketId());
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
}
