package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.agents.entity.AgentStatus;
import sv.gob.inpep.sesep.assignment.boundary.AgentDesk;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.catalog.boundary.Holidays;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.tickets.boundary.NoteView;
import sv.gob.inpep.sesep.tickets.boundary.ServiceDetail;
import sv.gob.inpep.sesep.tickets.boundary.TicketWorkspace;
import sv.gob.inpep.sesep.tickets.boundary.TransferTarget;
import sv.gob.inpep.sesep.tickets.boundary.Transferred;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Transfer of a request that belongs to another service or area (issue 17): the SEI keeps its
 * number, filing time, form data, documents and libreta; it waits again in the target's queue
 * under a new ticket that an agent with that competence is handed; the citizen is mailed; all is
 * audited; and it is refused after an outcome and for a ticket the agent does not hold.
 */
@ExtendWith(ArquillianExtension.class)
class TicketTransferIT {

    static final String REASON = "La señora pide la devolución de cotizaciones, no la constancia; corresponde a Pensiones (año 2026).";

    @Inject
    AssignmentQueue queue;

    @Inject
    TicketWorkspace workspace;

    @Inject
    Holidays holidays;

    @Inject
    QueueData data;

    @Test
    void aTransferKeepsTheSeiAndItsClocksAndQueuesANewTicketForTheTargetsAgents() throws Exception {
        long wrong = data.newService("traslado origen");
        long right = data.newPensionesService("traslado destino");
        Agents cau = new Agents(data.newAgents("traslado-cau", 1, data.newAgentType(wrong)));
        Agents pensiones = new Agents(data.newAgents("traslado-pen", 1, data.newAgentType(right)));
        long ticket = data.queueTickets(wrong, 1).get(0);
        long request = data.requestOf(ticket);
        data.attach(ticket, "dui.pdf", "application/pdf", Pdfs.pages(1, "DUI"));
        QueueData.RequestFacts before = data.facts(request);
        assertEquals(ticket, cau.as(0, queue::becomeAvailable).ticket().ticketId());
        cau.as(0, () -> workspace.addNote(ticket, "Revisé la solicitud con el afiliado por teléfono."));

        List<TransferTarget> targets = cau.as(0, () -> workspace.transferTargets(ticket));
        assertTrue(targets.stream().anyMatch(t -> t.serviceId() == right && t.areaName().equals("Departamento de Pensiones")),
                targets.toString());
        assertTrue(targets.stream().noneMatch(t -> t.serviceId() == wrong), "not the request's own service");

        Transferred done;
        try (Mailbox mailbox = new Mailbox()) {
            done = cau.as(0, () -> workspace.transfer(ticket, right, REASON));
            MimeMessage mail = Mails.await(mailbox, data.request(request).citizenEmail(), "fue trasladada", REASON);
            String text = Mails.text(mail);
            assertTrue(text.contains(before.seiNumber()) && text.contains(done.ticketNumber()), text);
            assertTrue(text.contains(REASON), "the reason reaches the citizen: " + text);
            assertTrue(text.contains(done.serviceName()) && text.contains("Servicio de prueba traslado origen"), text);
        }
        assertTrue(done.ticketNumber().startsWith("PWG-"), "a ticket of the target's area: " + done.ticketNumber());

        // The agent is free, as after "Cerrar Ticket"; the old ticket closed with the transfer.
        AgentDesk desk = cau.as(0, queue::current);
        assertNull(desk.ticket());
        assertEquals(AgentStatus.UNAVAILABLE, desk.status());
        QueueData.TicketState old = data.ticket(ticket);
        assertEquals(TicketStatus.CLOSED, old.status());
        assertEquals(TicketOutcome.TRANSFERRED, old.outcome());
        assertEquals(0, old.openAssignments());
        assertTrue(old.assignments().get(0).startsWith(cau.username(0) + ":TRANSFERRED"), old.assignments().toString());

        // The SEI keeps its number, its clock, its form data and documents; it waits for the new service.
        QueueData.RequestFacts after = data.facts(request);
        assertEquals(before.seiNumber(), after.seiNumber());
        assertEquals(before.filedAt(), after.filedAt());
        assertEquals(before.formData(), after.formData());
        assertEquals(1, after.documents());
        assertEquals(right, after.serviceId());
        assertEquals(RequestStatus.FILED, after.status());
        assertTrue(after.history().get(after.history().size() - 1).startsWith("IN_ATTENTION>FILED:Trasladada de")
                && after.history().get(after.history().size() - 1).contains(REASON), after.history().toString());
        long next = after.latestTicket();
        QueueData.TicketState queued = data.ticket(next);
        assertEquals(TicketStatus.QUEUED, queued.status());
        assertEquals(right, queued.serviceId());
        assertEquals(done.ticketNumber(), queued.number());
        assertEquals(AssignmentQueue.ABANDON_PRIORITY_STEP, queued.priority(), "ahead of the target queue's fresh tickets");
        LocalDate filed = before.filedAt().toLocalDate();
        assertEquals(holidays.calendar(filed, filed.plusDays(60)).plusBusinessDays(filed, 5), queued.dueOn(),
                "due when the new service's target ends, counted from the filing");

        // An agent with the target's competence is handed the new ticket and reads the libreta and the form.
        assertEquals(next, pensiones.as(0, queue::becomeAvailable).ticket().ticketId());
        List<String> notes = pensiones.as(0, () -> workspace.notes(next)).stream().map(NoteView::text).toList();
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(1).contains(REASON) && notes.get(1).contains("Servicio de prueba traslado destino"), notes.toString());
        ServiceDetail detail = pensiones.as(0, () -> workspace.service(next));
        assertTrue(detail.form().stream().anyMatch(v -> "Trámite de prueba".equals(v.value())), detail.form().toString());
        assertEquals(1, detail.documents().size(), "the documents filed for the first service");

        assertEquals(1, data.auditCount("TICKET_TRANSFERRED", ticket));
        assertEquals(1, data.auditCountOfRequest("REQUEST_TRANSFERRED", request));
        assertTrue(data.audit("REQUEST_TRANSFERRED", done.ticketNumber()).get(0).startsWith(cau.username(0) + ": De «"));
    }

    @Test
    void aTransferIsRefusedAfterAnOutcomeForAnotherAgentsTicketAndWithoutReasonOrTarget() throws Exception {
        long service = data.newService("traslado rechazo");
        long other = data.newPensionesService("traslado rechazo destino");
        Agents agents = new Agents(data.newAgents("traslado-rechazo", 2, data.newAgentType(service)));
        data.queueTickets(service, 2);
        long mine = agents.as(0, queue::becomeAvailable).ticket().ticketId();
        long theirs = agents.as(1, queue::becomeAvailable).ticket().ticketId();

        NotFound notMine = assertThrows(NotFound.class, () -> agents.as(0, () -> workspace.transfer(theirs, other, REASON)));
        assertEquals("error.ticket.notFound", notMine.getMessageKey());
        assertEquals(TicketStatus.ASSIGNED, data.ticket(theirs).status());

        RuleViolation noReason = assertThrows(RuleViolation.class, () -> agents.as(0, () -> workspace.transfer(mine, other, " ")));
        assertEquals("error.transfer.reasonRequired", noReason.getMessageKey());
        RuleViolation noTarget = assertThrows(RuleViolation.class, () -> agents.as(0, () -> workspace.transfer(mine, null, REASON)));
        assertEquals("error.transfer.serviceRequired", noTarget.getMessageKey());
        RuleViolation same = assertThrows(RuleViolation.class, () -> agents.as(0, () -> workspace.transfer(mine, service, REASON)));
        assertEquals("error.transfer.sameService", same.getMessageKey());

        data.observe(mine);
        RuleViolation afterOutcome = assertThrows(RuleViolation.class, () -> agents.as(0, () -> workspace.transfer(mine, other, REASON)));
        assertEquals("error.ticket.transferAfterOutcome", afterOutcome.getMessageKey());
        assertEquals(1, data.auditCount("TICKET_TRANSFER_REFUSED", mine));

        QueueData.TicketState state = data.ticket(mine);
        assertEquals(TicketStatus.ASSIGNED, state.status(), "nothing changed");
        assertEquals(agents.username(0), state.agent());
        assertEquals(1, state.openAssignments());
        assertEquals(RequestStatus.OBSERVED, state.requestStatus());
        QueueData.RequestFacts facts = data.facts(data.requestOf(mine));
        assertEquals(service, facts.serviceId());
        assertEquals(1, facts.tickets().size());
        assertTrue(facts.notes().isEmpty(), "no note of a transfer that did not happen: " + facts.notes());
        assertEquals("BUSY", data.agentStatus(agents.username(0)));
    }
}
