package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agent's transfer in a real browser (issue 17): the demo agent is handed a "Constancia de
 * tiempo de servicio" that belongs to Pensiones, opens "Trasladar", is asked for the service and
 * the reason, confirms, and is back at the initial screen; the request waits in the Pensiones
 * queue with a new ticket, the libreta keeps the reason and the citizen got the mail.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(Screens.TAG)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TicketTransferBrowserIT {

    /** Above any ticket other tests leave waiting, so the demo agent gets this one first. */
    static final int PRIORITY = 1_000;
    static final String TARGET = "Servicio de prueba traslado en pantalla";
    static final String REASON = "Pide la devolución de cotizaciones; no reúne el tiempo para la pensión (año 2027).";

    /** The server's side, kept between the in-server steps. */
    private static Mailbox mailbox;
    private static long request;
    private static long target;

    /** The browser's side. */
    private static String sei;

    @Inject
    QueueData data;

    @Test
    @Order(1)
    void aConstanciaThatBelongsToPensionesIsNext() {
        mailbox = new Mailbox();
        data.deactivateServicesNamed(TARGET);
        target = data.newPensionesService("traslado en pantalla");
        long ticket = data.queueTickets(DemoAccounts.CONTRIBUTOR, data.serviceId("CONST-TSERV"), 1, PRIORITY, data.now()).get(0);
        request = data.requestOf(ticket);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAgentTransfersItThroughTheDialog() {
        sei = TransferScreen.transfer(TARGET, REASON);
        assertTrue(sei.startsWith("SEI-"), sei);
    }

    @Test
    @Order(3)
    void itWaitsForPensionesWithANewTicketAndTheCitizenWasTold() throws Exception {
        try {
            QueueData.RequestFacts facts = data.facts(request);
            assertEquals(target, facts.serviceId());
            assertEquals(RequestStatus.FILED, facts.status());
            QueueData.TicketState next = data.ticket(facts.latestTicket());
            assertEquals(TicketStatus.QUEUED, next.status());
            assertTrue(next.number().startsWith("PWG-"), next.number());
            assertTrue(facts.notes().get(facts.notes().size() - 1).contains(REASON), facts.notes().toString());
            MimeMessage mail = Mails.await(mailbox, data.request(request).citizenEmail(), "fue trasladada", REASON);
            String text = Mails.text(mail);
            assertTrue(text.contains(REASON) && text.contains(next.number()) && text.contains(facts.seiNumber()), text);
        } finally {
            mailbox.close();
        }
    }
}
