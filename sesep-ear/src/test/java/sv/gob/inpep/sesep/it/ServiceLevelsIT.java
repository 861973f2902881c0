package sv.gob.inpep.sesep.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevelReport;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevels;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Niveles de servicio" through the real boundary: days counted as business days with the demo
 * holiday calendar (15 September 2026, Independence Day, is a Tuesday), the share within target,
 * overdue requests, observed and denied ones, satisfaction, and each agent's resolved tickets.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceLevelsIT {

    static final LocalDate SEPTEMBER_1 = LocalDate.of(2026, 9, 1);
    static final LocalDate SEPTEMBER_30 = LocalDate.of(2026, 9, 30);

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    AssignmentQueue queue;

    @Inject
    QueueData data;

    @Inject
    SupervisionData supervisionData;

    @Test
    void requestsFiledInThePeriodAreMeasuredInBusinessDaysAgainstTheTarget() throws Exception {
        long service = data.newService("niveles");   // target: 5 business days
        // Filed Monday 14, answered Monday 21: 16, 17, 18, 21 (the 15th is a holiday) = 4 days, within target.
        data.pastRequest(service, at(9, 14), null, at(9, 21), Resolution.ANSWERED, 4);
        // Filed Friday 4, answered Monday 14: 7, 8, 9, 10, 11, 14 = 6 days, late.
        data.pastRequest(service, at(9, 4), null, at(9, 14), Resolution.ANSWERED, 2);
        // Filed Tuesday 1, observed on the 2nd, denied Tuesday 8: 2, 3, 4, 7, 8 = 5 days, within target.
        data.pastRequest(service, at(9, 1), at(9, 2), at(9, 8), Resolution.DENIED, null);
        // Filed Wednesday 2 and never attended: overdue long since.
        data.pastRequest(service, at(9, 2), null, null, null, null);
        // Filed in October: outside the period.
        data.pastRequest(service, at(10, 5), null, at(10, 6), Resolution.ANSWERED, 5);

        ServiceLevelReport report = As.user(DemoAccounts.SUPERVISOR,
                () -> serviceLevels.report(SEPTEMBER_1, SEPTEMBER_30, QueueData.CAU_AREA));
        ServiceLevelReport.ServiceLine line = line(report.services());
        assertEquals(5, line.targetDays());
        assertEquals(4, line.filed());
        assertEquals(3, line.attended());
        assertEquals(2, line.withinTarget());
        assertEquals(66.7, line.withinTargetPercent(), 0.05);
        assertEquals(5.0, line.averageBusinessDays(), 0.001, "(4 + 6 + 5) / 3");
        assertEquals(1, line.overdue());
        assertEquals(1, line.observed());
        assertEquals(1, line.denied());
        assertEquals(3.0, line.averageRating(), 0.001, "(4 + 2) / 2");
        assertEquals(2, line.ratings());

        // Narrowed to the other area, the CAU's service is not there.
        ServiceLevelReport pensiones = As.user(DemoAccounts.SUPERVISOR,
                () -> serviceLevels.report(SEPTEMBER_1, SEPTEMBER_30, QueueData.CAU_AREA + 1));
        assertTrue(pensiones.services().stream().noneMatch(s -> s.serviceName().startsWith("Servicio de prueba niveles")));
    }

    @Test
    void eachAgentsResolvedTicketsWithTheirWaitAndAttentionTimes() throws Exception {
        long service = data.newService("niveles agentes");
        Agents agents = new Agents(data.newAgents("niveles", 1, data.newAgentType(service)));
        List<Long> tickets = data.queueTickets(service, 2, 0, data.now().minusMinutes(10));
        agents.as(0, queue::becomeAvailable);
        data.complete(tickets.get(0));
        agents.as(0, queue::becomeAvailable);
        data.observe(tickets.get(1));

        LocalDate today = data.now().toLocalDate();
        ServiceLevelReport report = As.user(DemoAccounts.SUPERVISOR, () -> serviceLevels.report(today, today, null));
        ServiceLevelReport.AgentLine agent = report.agents().stream()
                .filter(a -> a.fullName().endsWith(" " + agents.username(0))).findFirst().orElseThrow();
        assertEquals(2, agent.resolved());
        assertEquals(1, agent.answered());
        assertEquals(1, agent.observed());
        assertEquals(0, agent.denied());
        assertTrue(agent.averageWaitMinutes() >= 9.9, "queued ten minutes before: " + agent.averageWaitMinutes());
        assertTrue(agent.averageAttentionMinutes() < 5, "resolved at once: " + agent.averageAttentionMinutes());
    }

    /**
     * The KPIs the Jefaturas report, against figures computed by hand (September 2026, target 5
     * business days, the 15th a holiday):
     * <pre>
     *   request  filed        turns (taken → outcome)                          first take  attention  days
     *   R1       Mon 14 09:00 Mon 14 11:00 → 11:30 answered, rated 5 + comment   2 h        30 min     0
     *   R2       Tue 1 08:00  Wed 2 09:00 → 09:20 observed; fixed Thu 3 10:00;   25 h       20 + 40    5
     *                         Tue 8 10:00 → 10:40 denied, rated 2 + comment
     *   R3       Fri 4 10:00  Mon 14 11:30 → 12:30 answered                    241.5 h      60 min     6 (late)
     *   R4       Wed 2 09:00  never taken                                         —          —         overdue
     * </pre>
     * Filed 4, attended 3, 2 within target: 66.7 %, the 90 % goal not met. First take (2 + 25 +
     * 241.5) / 3 = 89.5 h; attention per ticket (30 + 20 + 40 + 60) / 4 = 37.5 min; observed 1 of 4
     * = 25 %; answered 2 of 4 = 50 %, denied 1 of 4 = 25 %; satisfaction (5 + 2) / 2 = 3.5 with both
     * comments, the newest first. The agent: 4 tickets (2 answered, 1 observed, 1 denied), waits in
     * the queue 120, 1,500, 7,200 and 14,490 min: 5,827.5 on average; attention 37.5 min.
     */
    @Test
    void theJefaturasKpisAgainstAHandComputedFixture() throws Exception {
        long service = supervisionData.newService("indicadores", SupervisionData.CAU_AREA, 5);
        String agent = supervisionData.newAgent("indicadores", service);
        supervisionData.pastRequest(service, agent, at(9, 14, 9, 0), 5, "Muy rápido; la señora Núñez me explicó todo.",
                turn(at(9, 14, 9, 0), at(9, 14, 11, 0), TicketOutcome.ANSWERED, at(9, 14, 11, 30)));
        supervisionData.pastRequest(service, agent, at(9, 1, 8, 0), 2, "Me observaron un documento que sí había enviado.",
                turn(at(9, 1, 8, 0), at(9, 2, 9, 0), TicketOutcome.OBSERVED, at(9, 2, 9, 20)),
                turn(at(9, 3, 10, 0), at(9, 8, 10, 0), TicketOutcome.DENIED, at(9, 8, 10, 40)));
        supervisionData.pastRequest(service, agent, at(9, 4, 10, 0), null, null,
                turn(at(9, 4, 10, 0), at(9, 14, 11, 30), TicketOutcome.ANSWERED, at(9, 14, 12, 30)));
        supervisionData.pastRequest(service, null, at(9, 2, 9, 0), null, null);

        ServiceLevelReport report = As.user(DemoAccounts.SUPERVISOR,
                () -> serviceLevels.report(SEPTEMBER_1, SEPTEMBER_30, null));
        ServiceLevelReport.ServiceLine line = report.services().stream()
                .filter(s -> s.serviceName().startsWith("Servicio de jefatura indicadores ")).findFirst().orElseThrow();
        assertEquals(4, line.filed());
        assertEquals(3, line.attended());
        assertEquals(2, line.withinTarget());
        assertEquals(1, line.overdue());
        assertEquals(66.7, line.withinTargetPercent(), 0.05);
        assertEquals(Boolean.FALSE, line.goalMet(), "below the 90 % goal");
        assertEquals(89.5, line.averageWaitHours(), 0.001);
        assertEquals(37.5, line.averageAttentionMinutes(), 0.001);
        assertEquals(25.0, line.observedPercent(), 0.001);
        assertEquals(50.0, line.resolutionPercent(Resolution.ANSWERED), 0.001);
        assertEquals(25.0, line.resolutionPercent(Resolution.DENIED), 0.001);
        assertEquals(List.of(Resolution.values()), report.resolutionKinds(), "every resolution there is");
        assertEquals(3.5, line.averageRating(), 0.001);
        assertEquals(2, line.ratings());
        List<ServiceLevelReport.Comment> comments = report.comments().stream()
                .filter(c -> c.serviceName().equals(line.serviceName())).toList();
        assertEquals(List.of("Muy rápido; la señora Núñez me explicó todo.", "Me observaron un documento que sí había enviado."),
                comments.stream().map(ServiceLevelReport.Comment::text).toList(), "newest first");
        assertEquals(List.of(5, 2), comments.stream().map(ServiceLevelReport.Comment::rating).toList());

        ServiceLevelReport.AgentLine agentLine = report.agents().stream()
                .filter(a -> a.fullName().endsWith(" " + agent)).findFirst().orElseThrow();
        assertEquals(4, agentLine.resolved());
        assertEquals(2, agentLine.answered());
        assertEquals(1, agentLine.observed());
        assertEquals(1, agentLine.denied());
        assertEquals(5827.5, agentLine.averageWaitMinutes(), 0.001);
        assertEquals(37.5, agentLine.averageAttentionMinutes(), 0.001);

        // A service that met the goal is marked so.
        long met = supervisionData.newService("indicadores meta", SupervisionData.CAU_AREA, 5);
        supervisionData.pastRequest(met, agent, at(9, 21, 9, 0), null, null);
        data.pastRequest(met, at(9, 21, 9, 0), null, at(9, 22, 9, 0), Resolution.ANSWERED, null);
        ServiceLevelReport.ServiceLine metLine = As.user(DemoAccounts.SUPERVISOR,
                () -> serviceLevels.report(SEPTEMBER_1, SEPTEMBER_30, QueueData.CAU_AREA)).services().stream()
                .filter(s -> s.serviceName().startsWith("Servicio de jefatura indicadores meta ")).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, metLine.goalMet());
        assertNull(metLine.averageWaitHours(), "never taken by an agent");
    }

    private static SupervisionData.Turn turn(LocalDateTime queued, LocalDateTime taken, TicketOutcome outcome, LocalDateTime done) {
        return new SupervisionData.Turn(queued, taken, outcome, done);
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute);
    }

    @Test
    void aPeriodMustBeOrderedAndAtMostAYear() throws Exception {
        RuleViolation backwards = assertThrows(RuleViolation.class,
                () -> As.user(DemoAccounts.SUPERVISOR, () -> serviceLevels.report(SEPTEMBER_30, SEPTEMBER_1, null)));
        assertEquals("error.serviceLevels.period", backwards.getMessageKey());
        RuleViolation tooLong = assertThrows(RuleViolation.class,
                () -> As.user(DemoAccounts.SUPERVISOR, () -> serviceLevels.report(SEPTEMBER_1, SEPTEMBER_1.plusYears(2), null)));
        assertEquals("error.serviceLevels.tooLong", tooLong.getMessageKey());
        ServiceLevelReport empty = As.user(DemoAccounts.SUPERVISOR,
                () -> serviceLevels.report(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31), null));
        assertTrue(empty.services().isEmpty());
        assertNull(empty.withinTargetPercent(), "nothing attended, no share");
    }

    @Test
    void onlySupervisorsReadServiceLevels() {
        assertThrows(EJBAccessException.class,
                () -> As.user(DemoAccounts.AGENT, () -> serviceLevels.report(SEPTEMBER_1, SEPTEMBER_30, null)));
        assertThrows(EJBAccessException.class,
                () -> As.user(DemoAccounts.CONTRIBUTOR, () -> serviceLevels.report(SEPTEMBER_1, SEPTEMBER_30, null)));
    }

    private static ServiceLevelReport.ServiceLine line(List<ServiceLevelReport.ServiceLine> services) {
        return services.stream().filter(s -> s.serviceName().matches("Servicio de prueba niveles \\d+")).findFirst().orElseThrow();
    }

    private static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 9, 30);
    }
}
