package sv.gob.inpep.sesep.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.assignment.boundary.AgentDesk;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.assignment.entity.ReleaseReason;
import sv.gob.inpep.sesep.documents.entity.DocumentValidation;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.supervision.boundary.RequestFound;
import sv.gob.inpep.sesep.supervision.boundary.RequestHistory;
import sv.gob.inpep.sesep.supervision.boundary.RequestRecord;
import sv.gob.inpep.sesep.tickets.boundary.TicketWorkspace;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Consulta de solicitudes" through the real boundary: a Jefatura finds a request by its SEI
 * number however it is written, or an applicant's requests by DUI or NUP, and reads what happened
 * to it, as the agents' own actions recorded it; searches and consultations are themselves in the
 * trail; nobody but a supervisor reaches it.
 */
@ExtendWith(ArquillianExtension.class)
class RequestHistoryIT {

    /** The demo beneficiary's holder (db/demo): Carlos Alberto Orellana Campos. */
    static final String HOLDER_NUP = "780549025894";
    static final String HOLDER_DUI = "00873215-6";

    @Inject
    RequestHistory history;

    @Inject
    AssignmentQueue queue;

    @Inject
    TicketWorkspace workspace;

    @Inject
    QueueData data;

    @Test
    void theRecordTellsEachTurnTheDocumentsTheNotesTheMailsAndWhoDidWhat() throws Exception {
        long service = data.newService("historial");
        Agents agents = new Agents(data.newAgents("historial", 2, data.newAgentType(service)));
        long ticket = data.queueTickets(DemoAccounts.BENEFICIARY, service, 1, 0, data.now()).get(0);
        long document = data.attach(ticket, "dui.pdf", "application/pdf", Pdfs.pages(1, "DUI"));

        // The first agent validates the DUI, leaves a note and abandons; the second denies and closes.
        AgentDesk first = agents.as(0, queue::becomeAvailable);
        String sei = first.ticket().seiNumber();
        agents.as(0, () -> workspace.validateDocument(ticket, document));
        agents.as(0, () -> workspace.addNote(ticket, "Llamé a la beneficiaria: enviará la partida de matrimonio."));
        agents.as(0, () -> queue.abandon(ticket));
        assertEquals(ticket, agents.as(1, queue::becomeAvailable).ticket().ticketId());
        agents.as(1, () -> workspace.deny(ticket, "No presentó la partida de matrimonio en el plazo."));
        agents.as(1, () -> workspace.finish(ticket));
        agents.as(1, () -> {
            workspace.close(ticket);
            return null;
        });

        // Written as in the answer's file name: one request, so its id comes with it.
        List<RequestFound> found = As.user(DemoAccounts.SUPERVISOR, () -> history.find(sei.replace("-", "")));
        assertEquals(1, found.size());
        assertEquals(sei, found.get(0).seiNumber());
        assertEquals("Rosa Amelia Guzmán de Orellana", found.get(0).applicantName());
        assertEquals(DemoAccounts.BENEFICIARY, found.get(0).dui());
        long requestId = found.get(0).id();

        RequestRecord record = As.user(DemoAccounts.SUPERVISOR, () -> history.record(requestId));
        assertEquals(sei, record.seiNumber());
        assertEquals(ApplicantKind.BENEFICIARY, record.applicant().kind());
        assertEquals(HOLDER_NUP, record.applicant().nup());
        assertEquals(Resolution.DENIED, record.resolution());
        assertEquals("No presentó la partida de matrimonio en el plazo.", record.denialReasons());
        assertEquals(0, record.businessDays(), "filed and denied today");
        assertTrue(record.isWithinTarget());

        assertEquals(2, record.attentions().size(), record.attentions().toString());
        RequestRecord.Attention abandoned = record.attentions().get(0);
        assertEquals(first.gestorCode(), abandoned.gestorCode());
        assertEquals(ReleaseReason.ABANDONED, abandoned.releaseReason());
        assertEquals(0, abandoned.priority());
        RequestRecord.Attention denied = record.attentions().get(1);
        assertEquals(ReleaseReason.CLOSED, denied.releaseReason());
        assertEquals(AssignmentQueue.ABANDON_PRIORITY_STEP, denied.priority(), "first in line after the abandon");

        assertEquals(1, record.documents().size());
        assertEquals(DocumentValidation.VALID, record.documents().get(0).validation());
        assertEquals(1, record.notes().size());
        assertTrue(record.notes().get(0).text().startsWith("Llamé a la beneficiaria"));
        assertTrue(record.mails().stream().anyMatch(m -> m.templateCode().equals("REQUEST_DENIED")
                && m.recipient().equals("rosa.guzman@sesep.example")), record.mails().toString());

        // The trail, in order, with who did each thing and on which ticket.
        List<String> trail = record.events().stream().map(e -> e.actor() + " " + e.action()).toList();
        List<String> expected = List.of(
                agents.username(0) + " TICKET_ASSIGNED", agents.username(0) + " DOCUMENT_VALIDATED",
                agents.username(0) + " TICKET_NOTE_ADDED", agents.username(0) + " TICKET_ABANDONED",
                agents.username(1) + " TICKET_ASSIGNED", agents.username(1) + " REQUEST_DENIED",
                agents.username(1) + " TICKET_FINISHED", agents.username(1) + " TICKET_CLOSED",
                DemoAccounts.SUPERVISOR + " REQUESTS_SEARCHED");
        assertEquals(expected, trail.stream().filter(expected::contains).distinct().toList(), trail.toString());
        assertTrue(record.events().stream().filter(e -> e.action().equals("TICKET_ASSIGNED"))
                .allMatch(e -> first.ticket().ticketNumber().equals(e.ticketNumber())), "the ticket of each event");

        // Looking at it is part of its trail too.
        RequestRecord again = As.user(DemoAccounts.SUPERVISOR, () -> history.record(requestId));
        assertTrue(again.events().stream().anyMatch(e -> e.action().equals("REQUEST_CONSULTED")
                && e.actor().equals(DemoAccounts.SUPERVISOR)), again.events().toString());
    }

    @Test
    void byDuiTheApplicantsRequestsAndByNupEveryRequestOfTheAffiliation() throws Exception {
        long service = data.newService("historial dui");
        long ticket = data.queueTickets(DemoAccounts.BENEFICIARY, service, 1, 0, data.now()).get(0);
        long requestId = data.requestOf(ticket);
        long holdersOwn = data.requestOf(data.queueTickets(service, 1).get(0));

        List<RequestFound> byBeneficiary = As.user(DemoAccounts.SUPERVISOR, () -> history.find("01045693 6"));
        assertTrue(byBeneficiary.stream().anyMatch(r -> r.id() == requestId));
        assertTrue(byBeneficiary.stream().allMatch(r -> r.dui().equals(DemoAccounts.BENEFICIARY)));
        for (int i = 1; i < byBeneficiary.size(); i++) {
            assertTrue(!byBeneficiary.get(i).filedAt().isAfter(byBeneficiary.get(i - 1).filedAt()), "newest first");
        }
        List<RequestFound> byHolderNup = As.user(DemoAccounts.SUPERVISOR, () -> history.find(HOLDER_NUP));
        assertTrue(byHolderNup.stream().anyMatch(r -> r.id() == requestId), "the holder's affiliation");
        List<RequestFound> byHolderDui = As.user(DemoAccounts.SUPERVISOR, () -> history.find(HOLDER_DUI));
        assertTrue(byHolderDui.stream().noneMatch(r -> r.id() == requestId), "the holder did not file it");
        List<RequestFound> byContributor = As.user(DemoAccounts.SUPERVISOR, () -> history.find(DemoAccounts.CONTRIBUTOR));
        assertTrue(byContributor.stream().noneMatch(r -> r.id() == requestId));
        assertTrue(byContributor.stream().anyMatch(r -> r.id() == holdersOwn), "a holder's own request, by the holder's DUI");
    }

    @Test
    void whatCannotBeReadIsRefusedWithTheWayToWriteItAndWhatDoesNotExistIsSaidSo() throws Exception {
        RuleViolation unreadable = assertThrows(RuleViolation.class,
                () -> As.user(DemoAccounts.SUPERVISOR, () -> history.find("Rosa Guzmán")));
        assertEquals("error.requestHistory.term", unreadable.getMessageKey());
        assertTrue(As.user(DemoAccounts.SUPERVISOR, () -> history.find("SEI-1999000001")).isEmpty());
        NotFound missing = assertThrows(NotFound.class,
                () -> As.user(DemoAccounts.SUPERVISOR, () -> history.record(Long.MAX_VALUE)));
        assertEquals("error.request.notFound", missing.getMessageKey());
    }

    @Test
    void onlyTheJefaturasReachIt() throws Exception {
        long ticket = data.queueTickets(data.newService("historial roles"), 1).get(0);
        long requestId = data.requestOf(ticket);
        for (String user : new String[] {DemoAccounts.AGENT, DemoAccounts.CONTRIBUTOR, DemoAccounts.ADMIN}) {
            assertThrows(EJBAccessException.class, () -> As.user(user, () -> history.find(DemoAccounts.CONTRIBUTOR)), user);
            assertThrows(EJBAccessException.class, () -> As.user(user, () -> history.record(requestId)), user);
        }
        assertEquals(0, data.auditCountOfRequest("REQUEST_CONSULTED", requestId), "nothing was shown, nothing recorded");
    }
}
