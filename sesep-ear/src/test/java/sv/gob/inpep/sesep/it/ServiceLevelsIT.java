package sv.gob.inpep.sesep.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevelReport;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevels;

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

    @Deployment
    static EnterpriseArchive deployment() {
        return SesepDeployment.ear();
    }

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    AssignmentQueue queue;

    @Inject
    QueueData data;

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
