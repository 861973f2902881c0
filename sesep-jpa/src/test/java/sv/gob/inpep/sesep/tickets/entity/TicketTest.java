package sv.gob.inpep.sesep.tickets.entity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.agents.entity.AgentType;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static sv.gob.inpep.sesep.Fixtures.T0;
import static sv.gob.inpep.sesep.Fixtures.assertRefused;
import static sv.gob.inpep.sesep.Fixtures.availableAgent;
import static sv.gob.inpep.sesep.Fixtures.cau;
import static sv.gob.inpep.sesep.Fixtures.competentFor;
import static sv.gob.inpep.sesep.Fixtures.filedRequest;
import static sv.gob.inpep.sesep.Fixtures.service;

class TicketTest {

    private ManagementArea area;
    private CatalogService service;
    private Ticket ticket;
    private Agent agent;

    @BeforeEach
    void setUp() {
        area = cau();
        service = service(area);
        ticket = new Ticket("CWG-1", filedRequest(service), 0, T0);
        agent = availableAgent(competentFor(service));
    }

    @Test
    void queuedTicketCopiesServiceAndAreaFromTheRequest() {
        assertEquals(TicketStatus.QUEUED, ticket.getStatus());
        assertSame(service, ticket.getService());
        assertSame(area, ticket.getArea());
        assertEquals(T0, ticket.getQueuedAt());
        assertNull(ticket.getAgent());
    }

    @Test
    void ticketIsQueuedOnlyForAFiledRequest() {
        ServiceRequest request = filedRequest(service);
        request.startAttention(T0, "g001");
        assertThrows(IllegalStateException.class, () -> new Ticket("CWG-2", request, 0, T0));
    }

    @Test
    void numberIsPrefixAndSequence() {
        assertEquals("CWG-1", Ticket.numberFor("CWG", 1));
        assertThrows(IllegalArgumentException.class, () -> Ticket.numberFor("CWG", 0));
    }

    @Test
    void assignToStartsTheAttention() {
        ticket.assignTo(agent, T0.plusMinutes(5));

        assertEquals(TicketStatus.ASSIGNED, ticket.getStatus());
        assertSame(agent, ticket.getAgent());
        assertEquals(T0.plusMinutes(5), ticket.getAssignedAt());
    }

    @Test
    void aComplaintWaitsForTheAgentsOfTheAreaAnswerableForIt() {
        CatalogService complaints = service("QUEJA", area);
        complaints.setComplaint(true);
        ManagementArea pensiones = new ManagementArea("PEN", "Departamento de Pensiones", "PWG");
        ServiceRequest request = filedRequest(complaints);
        request.routeComplaint(pensiones, "Servicio: Pensión por vejez");
        Ticket complaint = new Ticket("PWG-7", request, 0, T0);
        assertSame(pensiones, complaint.getArea());

        AgentType cauType = competentFor(complaints);
        AgentType pensionesType = new AgentType("PEN-QUEJAS", "Quejas de Pensiones", pensiones);
        pensionesType.grant(complaints);
        assertFalse(complaint.isWithinCompetenceOf(cauType), "the CAU attends complaints, but not this one");
        assertRefused("error.ticket.outsideCompetence", () -> complaint.assignTo(availableAgent(cauType), T0));
        complaint.assignTo(availableAgent(pensionesType), T0);
        assertEquals(TicketStatus.ASSIGNED, complaint.getStatus());
    }

    @Test
    void assignToRefusesAnAgentWithoutCompetence() {
        Agent other = availableAgent(competentFor(service("OTHER", area)));
        assertRefused("error.ticket.outsideCompetence", () -> ticket.assignTo(other, T0));
        assertEquals(TicketStatus.QUEUED, ticket.getStatus());
    }

    @Test
    void assignToRefusesATicketThatIsNotQueued() {
        ticket.assignTo(agent, T0);
        assertRefused("error.ticket.notQueued", () -> ticket.assignTo(agent, T0));
    }

    @Test
    void outcomeNeedsAnAssignedTicket() {
        assertRefused("error.ticket.notAssigned", () -> ticket.recordOutcome(TicketOutcome.ANSWERED, T0));
    }

    @Test
    void outcomeIsRecordedOnce() {
        ticket.assignTo(agent, T0);
        ticket.recordOutcome(TicketOutcome.OBSERVED, T0.plusMinutes(3));

        assertEquals(TicketOutcome.OBSERVED, ticket.getOutcome());
        assertEquals(T0.plusMinutes(3), ticket.getOutcomeAt());
        assertRefused("error.ticket.outcomeAlreadyRecorded",
                () -> ticket.recordOutcome(TicketOutcome.DENIED, T0.plusMinutes(4)));
    }

    @Test
    void abandonReturnsTheTicketToTheQueueWithHigherPriority() {
        ticket.assignTo(agent, T0.plusMinutes(5));

        ticket.abandon(10);

        assertEquals(TicketStatus.QUEUED, ticket.getStatus());
        assertEquals(10, ticket.getPriority());
        assertNull(ticket.getAgent());
        assertNull(ticket.getAssignedAt());
        assertEquals(T0, ticket.getQueuedAt(), "an abandoned ticket keeps its age");
    }

    @ParameterizedTest
    @EnumSource(value = TicketOutcome.class, names = "TRANSFERRED", mode = EnumSource.Mode.EXCLUDE)
    void abandonIsRefusedOnceAnOutcomeExists(TicketOutcome outcome) {
        ticket.assignTo(agent, T0);
        ticket.recordOutcome(outcome, T0.plusMinutes(1));

        assertRefused("error.ticket.abandonAfterOutcome", () -> ticket.abandon(10));
        assertEquals(TicketStatus.ASSIGNED, ticket.getStatus());
        assertSame(agent, ticket.getAgent());
    }

    @Test
    void abandonMustRaiseThePriority() {
        ticket.assignTo(agent, T0);
        assertThrows(IllegalArgumentException.class, () -> ticket.abandon(0));
    }

    @Test
    void abandonNeedsAnAssignedTicket() {
        assertRefused("error.ticket.notAssigned", () -> ticket.abandon(10));
    }

    @Test
    void finishNeedsAnOutcomeAndHappensOnce() {
        ticket.assignTo(agent, T0);
        assertRefused("error.ticket.finishWithoutOutcome", () -> ticket.finish(T0.plusMinutes(1)));

        ticket.recordOutcome(TicketOutcome.ANSWERED, T0.plusMinutes(1));
        ticket.finish(T0.plusMinutes(2));

        assertEquals(T0.plusMinutes(2), ticket.getFinishedAt());
        assertEquals(TicketStatus.ASSIGNED, ticket.getStatus());
        assertRefused("error.ticket.alreadyFinished", () -> ticket.finish(T0.plusMinutes(3)));
    }

    @Test
    void closeAfterFinishClosesTheTicketAndMeasuresTheAttention() {
        ticket.assignTo(agent, T0.plusMinutes(10));
        ticket.recordOutcome(TicketOutcome.ANSWERED, T0.plusMinutes(20));
        ticket.finish(T0.plusMinutes(21));
        assertNull(ticket.attentionTime());

        ticket.close(T0.plusMinutes(22));

        assertEquals(TicketStatus.CLOSED, ticket.getStatus());
        assertEquals(T0.plusMinutes(21), ticket.getFinishedAt());
        assertEquals(T0.plusMinutes(22), ticket.getClosedAt());
        assertEquals(Duration.ofMinutes(12), ticket.attentionTime());
    }

    @Test
    void closeWithoutFinishFinishesToo() {
        ticket.assignTo(agent, T0);
        ticket.recordOutcome(TicketOutcome.DENIED, T0.plusMinutes(1));

        ticket.close(T0.plusMinutes(2));

        assertEquals(T0.plusMinutes(2), ticket.getFinishedAt());
        assertEquals(TicketStatus.CLOSED, ticket.getStatus());
    }

    @Test
    void closeNeedsAnOutcome() {
        ticket.assignTo(agent, T0);
        assertRefused("error.ticket.closeWithoutOutcome", () -> ticket.close(T0.plusMinutes(1)));
    }

    @Test
    void aClosedTicketAcceptsNothingMore() {
        ticket.assignTo(agent, T0);
        ticket.recordOutcome(TicketOutcome.ANSWERED, T0);
        ticket.close(T0.plusMinutes(1));

        assertRefused("error.ticket.notAssigned", () -> ticket.close(T0.plusMinutes(2)));
        assertRefused("error.ticket.notAssigned", () -> ticket.abandon(10));
        assertRefused("error.ticket.notQueued", () -> ticket.assignTo(agent, T0.plusMinutes(2)));
    }

    @Test
    void aTransferClosesTheTicketButNotTheRequestAndIsRefusedAfterAnOutcome() {
        ticket.assignTo(agent, T0);
        ticket.transfer(T0.plusMinutes(3));

        assertEquals(TicketStatus.CLOSED, ticket.getStatus());
        assertEquals(TicketOutcome.TRANSFERRED, ticket.getOutcome());
        assertEquals(T0.plusMinutes(3), ticket.getClosedAt());
        assertEquals(Duration.ofMinutes(3), ticket.attentionTime());
        assertFalse(ticket.closesRequest());
        assertSame(agent, ticket.getAgent(), "who held it stays on record");
        assertRefused("error.ticket.notAssigned", () -> ticket.transfer(T0.plusMinutes(4)));
        assertRefused("error.ticket.notAssigned", () -> ticket.abandon(10));

        Ticket observed = new Ticket("CWG-2", filedRequest(service), 0, T0);
        observed.assignTo(availableAgent(competentFor(service)), T0);
        observed.recordOutcome(TicketOutcome.OBSERVED, T0);
        assertRefused("error.ticket.transferAfterOutcome", () -> observed.transfer(T0.plusMinutes(1)));
        assertEquals(TicketStatus.ASSIGNED, observed.getStatus());
        assertThrows(IllegalArgumentException.class, () -> ticket.recordOutcome(TicketOutcome.TRANSFERRED, T0),
                "a transfer is recorded by transfer(), not as an outcome of the attention");
    }

    @Test
    void aTicketIsDueWhenQueuedAndItsUrgencyOnlyRises() {
        Ticket dated = new Ticket("CWG-3", filedRequest(service), 0, T0, T0.toLocalDate().plusDays(7), 1);
        assertEquals(T0.toLocalDate().plusDays(7), dated.getDueOn());
        assertEquals(1, dated.getUrgency());
        dated.raiseUrgency(3);
        dated.raiseUrgency(2);
        assertEquals(3, dated.getUrgency());
        dated.scheduleDue(T0.toLocalDate());
        assertEquals(T0.toLocalDate().plusDays(7), dated.getDueOn(), "a due date once set is kept");

        assertNull(ticket.getDueOn(), "queued without one (tests, older data): the aging run sets it");
        ticket.scheduleDue(T0.toLocalDate().plusDays(5));
        assertEquals(T0.toLocalDate().plusDays(5), ticket.getDueOn());
        assertThrows(IllegalArgumentException.class, () -> ticket.raiseUrgency(-1));
    }

    @ParameterizedTest
    @EnumSource(value = TicketOutcome.class, names = "TRANSFERRED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAnswerOrADenialClosesTheRequest(TicketOutcome outcome) {
        ticket.assignTo(agent, T0);
        assertFalse(ticket.closesRequest());

        ticket.recordOutcome(outcome, T0);

        assertEquals(outcome != TicketOutcome.OBSERVED, ticket.closesRequest());
    }
}
