package sv.gob.inpep.sesep.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.assignment.control.HeldTickets;
import sv.gob.inpep.sesep.supervision.boundary.Board;
import sv.gob.inpep.sesep.supervision.boundary.RequestFound;
import sv.gob.inpep.sesep.supervision.boundary.RequestHistory;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevelReport;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevels;
import sv.gob.inpep.sesep.supervision.boundary.SupervisionBoard;
import sv.gob.inpep.sesep.supervision.boundary.Supervisors;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each Jefatura supervises its own area (the manual's Note 2): the CAU's supervisor does not see,
 * find, release or report on a Pensiones request, and is answered as if it did not exist, while
 * the trail keeps the attempt; a supervisor of all areas is a setting the administrator gives, and
 * an account without areas sees nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisedAreasIT {

    @Inject
    SupervisionBoard supervision;

    @Inject
    RequestHistory history;

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    Supervisors supervisors;

    @Inject
    AssignmentQueue queue;

    @Inject
    QueueData queueData;

    @Inject
    SupervisionData data;

    @Test
    void theCauSupervisorIsRefusedAPensionesRecordSearchReleaseAndReportRowsAsIfTheyDidNotExist() throws Exception {
        long pensiones = data.newService("área pensiones", SupervisionData.PENSIONES_AREA, 20);
        long cau = data.newService("área cau", SupervisionData.CAU_AREA, 5);
        String pensionesAgent = data.newAgent("areapen", pensiones);
        long pensionesTicket = queueData.queueTickets(pensiones, 1).get(0);
        long pensionesRequest = queueData.requestOf(pensionesTicket);
        long cauRequest = queueData.requestOf(queueData.queueTickets(cau, 1).get(0));
        String pensionesSei = data.seiNumber(pensionesRequest);
        assertEquals(pensionesTicket, As.user(pensionesAgent, queue::becomeAvailable).ticket().ticketId());

        // The record: refused exactly as a request that does not exist, and the attempt is in the trail.
        NotFound missing = assertThrows(NotFound.class, () -> As.user(DemoAccounts.SUPERVISOR, () -> history.record(Long.MAX_VALUE)));
        NotFound foreign = assertThrows(NotFound.class,
                () -> As.user(DemoAccounts.SUPERVISOR, () -> history.record(pensionesRequest)));
        assertEquals(missing.getMessageKey(), foreign.getMessageKey());
        assertArrayEquals(missing.getArguments(), foreign.getArguments());
        assertEquals(1, queueData.auditCountOfRequest("REQUEST_CONSULT_REFUSED", pensionesRequest));
        assertEquals(0, queueData.auditCountOfRequest("REQUEST_CONSULTED", pensionesRequest));
        assertEquals(pensionesSei,
                As.user(SupervisionData.PENSIONES_SUPERVISOR, () -> history.record(pensionesRequest)).seiNumber());

        // The search: the Pensiones request is not found, by its SEI nor among the applicant's.
        assertTrue(As.user(DemoAccounts.SUPERVISOR, () -> history.find(pensionesSei)).isEmpty());
        List<String> trail = queueData.audit("REQUESTS_SEARCHED", pensionesSei);
        assertTrue(trail.get(trail.size() - 1).endsWith("0 solicitudes; 1 de áreas que no supervisa, no mostradas"), trail.toString());
        List<RequestFound> byDui = As.user(DemoAccounts.SUPERVISOR, () -> history.find(DemoAccounts.CONTRIBUTOR));
        assertTrue(byDui.stream().noneMatch(r -> r.id() == pensionesRequest));
        assertTrue(byDui.stream().anyMatch(r -> r.id() == cauRequest));
        assertEquals(1, As.user(SupervisionData.PENSIONES_SUPERVISOR, () -> history.find(pensionesSei)).size());

        // "Liberar": refused as for a ticket that does not exist; the agent keeps it.
        RuleViolation noSuchTicket = assertThrows(RuleViolation.class,
                () -> As.user(DemoAccounts.SUPERVISOR, () -> supervision.release(-7, "No responde el agente.")));
        RuleViolation otherArea = assertThrows(RuleViolation.class,
                () -> As.user(DemoAccounts.SUPERVISOR, () -> supervision.release(pensionesTicket, "No responde el agente.")));
        assertEquals(noSuchTicket.getMessageKey(), otherArea.getMessageKey());
        assertEquals(String.valueOf(pensionesTicket), otherArea.getArguments()[0], "its id, as for a missing one, not its number");
        assertEquals(TicketStatus.ASSIGNED, queueData.ticket(pensionesTicket).status());
        assertEquals(1, queueData.auditCount("TICKET_RELEASE_REFUSED", pensionesTicket));

        // The board, even when asked for the other area.
        Board board = As.user(DemoAccounts.SUPERVISOR, () -> supervision.board(null));
        assertEquals(List.of(SupervisionData.CAU_NAME), board.areas().stream().map(Board.Area::name).toList());
        assertTrue(board.agents().stream().noneMatch(a -> a.areaName().equals(SupervisionData.PENSIONES_NAME)));
        Board forced = As.user(DemoAccounts.SUPERVISOR, () -> supervision.board(SupervisionData.PENSIONES_AREA));
        assertTrue(forced.agents().isEmpty() && forced.waiting().isEmpty(), forced.toString());

        // Service levels, whose CSV and PDF are made from this report.
        LocalDate today = queueData.now().toLocalDate();
        ServiceLevelReport cauReport = As.user(DemoAccounts.SUPERVISOR, () -> serviceLevels.report(today, today, null));
        assertTrue(cauReport.services().stream().noneMatch(s -> s.areaName().equals(SupervisionData.PENSIONES_NAME)));
        assertTrue(cauReport.services().stream().anyMatch(s -> s.serviceName().startsWith("Servicio de jefatura área cau")));
        ServiceLevelReport forcedReport = As.user(DemoAccounts.SUPERVISOR,
                () -> serviceLevels.report(today, today, SupervisionData.PENSIONES_AREA));
        assertTrue(forcedReport.services().isEmpty() && forcedReport.agents().isEmpty());
        ServiceLevelReport pensionesReport = As.user(SupervisionData.PENSIONES_SUPERVISOR,
                () -> serviceLevels.report(today, today, null));
        assertTrue(pensionesReport.services().stream().anyMatch(s -> s.serviceName().startsWith("Servicio de jefatura área pensiones")));
        assertTrue(pensionesReport.services().stream().noneMatch(s -> s.areaName().equals(SupervisionData.CAU_NAME)));

        // The Jefatura of Pensiones releases it.
        assertEquals(HeldTickets.Release.RETURNED_TO_QUEUE, As.user(SupervisionData.PENSIONES_SUPERVISOR,
                () -> supervision.release(pensionesTicket, "El agente pidió permiso por enfermedad.")));
        assertEquals(1, queueData.auditCount("TICKET_RELEASED_BY_SUPERVISOR", pensionesTicket));
    }

    @Test
    void allAreasIsASettingTheAdministratorGivesAndAnAccountWithoutAreasSeesNothing() throws Exception {
        long pensiones = data.newService("todas pensiones", SupervisionData.PENSIONES_AREA, 20);
        long pensionesRequest = queueData.requestOf(queueData.queueTickets(pensiones, 1).get(0));
        List<String> bothAreas = List.of(SupervisionData.CAU_NAME, SupervisionData.PENSIONES_NAME);

        Board director = As.user(SupervisionData.ALL_AREAS_SUPERVISOR, () -> supervision.board(null));
        assertEquals(bothAreas, director.areas().stream().map(Board.Area::name).toList());
        assertTrue(director.waiting().stream().anyMatch(w -> w.serviceName().startsWith("Servicio de jefatura todas pensiones")));
        assertEquals(pensionesRequest, As.user(SupervisionData.ALL_AREAS_SUPERVISOR, () -> history.record(pensionesRequest)).id());

        // A new supervisor account supervises nothing until the administrator says so.
        long account = data.newSupervisor("jefatura", false);
        String username = data.username(account);
        assertTrue(As.user(username, supervision::areas).isEmpty());
        assertTrue(As.user(username, () -> supervision.board(null)).waiting().isEmpty());
        assertThrows(NotFound.class, () -> As.user(username, () -> history.record(pensionesRequest)));
        assertTrue(As.user(username, () -> supervision.atRisk(null)).items().isEmpty());

        As.user(DemoAccounts.ADMIN, () -> {
            supervisors.assign(account, List.of(SupervisionData.PENSIONES_AREA), false);
            return null;
        });
        assertEquals(List.of(SupervisionData.PENSIONES_NAME),
                As.user(username, supervision::areas).stream().map(Board.Area::name).toList());
        assertEquals(pensionesRequest, As.user(username, () -> history.record(pensionesRequest)).id());

        As.user(DemoAccounts.ADMIN, () -> {
            supervisors.assign(account, List.of(), true);
            return null;
        });
        assertEquals(bothAreas, As.user(username, supervision::areas).stream().map(Board.Area::name).toList());
        Supervisors.Line line = As.user(DemoAccounts.ADMIN, supervisors::roster).stream()
                .filter(l -> l.accountId() == account).findFirst().orElseThrow();
        assertTrue(line.allAreas() && line.areaIds().isEmpty(), line.toString());
        assertEquals(List.of(username + ": PEN", username + ": todas las áreas"),
                queueData.audit("SUPERVISOR_AREAS_CHANGED", username).stream().map(e -> e.substring(e.indexOf(": ") + 2)).toList());

        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.SUPERVISOR, () -> {
            supervisors.assign(data.accountId(DemoAccounts.SUPERVISOR), List.of(), true);
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.SUPERVISOR, supervisors::roster));
    }
}
