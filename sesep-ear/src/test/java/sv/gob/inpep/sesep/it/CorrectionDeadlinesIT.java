package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.requests.boundary.CorrectionDeadlines;
import sv.gob.inpep.sesep.requests.boundary.RequestDetail;
import sv.gob.inpep.sesep.requests.boundary.RequestList;
import sv.gob.inpep.sesep.requests.boundary.RequestSummary;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;
import sv.gob.inpep.sesep.requests.boundary.Requests;
import sv.gob.inpep.sesep.requests.boundary.TimelineEntry;
import sv.gob.inpep.sesep.requests.control.DueDates;
import sv.gob.inpep.sesep.requests.entity.CorrectionDeadline;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.supervision.boundary.RequestHistory;
import sv.gob.inpep.sesep.supervision.boundary.RequestRecord;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevelReport;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevels;
import sv.gob.inpep.sesep.tickets.boundary.TicketGenerals;
import sv.gob.inpep.sesep.tickets.boundary.TicketWorkspace;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An observed request that waits on the citizen ends (issue 17): its deadline in business days,
 * the reminder that goes out once, the lapse into desistida, and the two clocks of a request (the
 * service's target and the statutory limit, which stops while the request is observed).
 * <p>
 * Time is moved with the test deployment's clock ({@link MovableClock}) to September 2027, where
 * the demo calendar has a holiday on Wednesday 15 (Día de la Independencia). The requests are the
 * demo pensioner's, whose searches no other test lists.
 */
@ExtendWith(ArquillianExtension.class)
class CorrectionDeadlinesIT {

    /** Thursday 9 September 2027; ten business days later, past the weekend and Wednesday 15, is Friday 24. */
    private static final LocalDateTime OBSERVED_AT = LocalDateTime.of(2027, 9, 9, 10, 0);
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 9, 24);
    /** Two business days before the last day. */
    private static final LocalDate REMINDER_DAY = LocalDate.of(2027, 9, 22);

    @Inject
    QueueData data;

    @Inject
    DeadlineData deadlines;

    @Inject
    AssignmentQueue queue;

    @Inject
    TicketWorkspace workspace;

    @Inject
    RequestTracking tracking;

    @Inject
    Requests requests;

    @Inject
    CorrectionDeadlines sweeps;

    @Inject
    RequestHistory history;

    @Inject
    ServiceLevels serviceLevels;

    @AfterEach
    void realTime() {
        MovableClock.reset();
        data.freeLease(CorrectionDeadlines.LEASE);
    }

    @Test
    void theDeadlineSkipsTheWeekendAndAHolidayAndTheCitizenReadsItInTheMailAndInMisSolicitudes() throws Exception {
        try (Mailbox mailbox = new Mailbox()) {
            World world = observedOn(OBSERVED_AT, "plazo feriado");
            CorrectionDeadline deadline = deadlines.correction(world.request);
            assertEquals(LAST_DAY, deadline.getDueOn(), "10 business days: not Saturdays, Sundays nor 15 September");
            assertEquals(REMINDER_DAY, deadline.getRemindOn());

            MimeMessage mail = awaitOne(mailbox, world.sei, "tiene observaciones");
            String text = Mails.text(mail);
            assertTrue(text.contains("Plazo para subsanar: hasta el 24/09/2027"), text);
            assertTrue(text.contains("Tiene 10 días hábiles, hasta el 24/09/2027 inclusive"), text);

            RequestSummary line = As.user(DemoAccounts.PENSIONER, () -> tracking.mine(RequestList.ALL, 0, 20)).rows().stream()
                    .filter(r -> r.id() == world.request).findFirst().orElseThrow();
            assertEquals(LAST_DAY, line.correctionDueOn(), "Mis solicitudes");
            RequestDetail detail = As.user(DemoAccounts.PENSIONER, () -> tracking.detail(world.request));
            assertEquals(LAST_DAY, detail.dueDates().correctionDueOn(), "the request's page");
            assertTrue(detail.canWithdraw(), "observed, its ticket closed: the citizen may withdraw it");
        }
    }

    @Test
    void theReminderGoesOutOnceWhateverNodesSweep() throws Exception {
        try (Mailbox mailbox = new Mailbox()) {
            World world = observedOn(OBSERVED_AT, "recordatorio");
            MovableClock.moveTo(REMINDER_DAY.minusDays(1).atTime(9, 0));
            sweepAs("nodo-a");
            assertNull(deadlines.correction(world.request).getRemindedAt(), "not before its day");

            MovableClock.moveTo(REMINDER_DAY.atTime(7, 30));
            // Two nodes' timers fire at once: one takes the lease, the other does nothing.
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                data.freeLease(CorrectionDeadlines.LEASE);
                Future<Integer> a = nodes.submit(() -> sweeps.sweep("nodo-a"));
                Future<Integer> b = nodes.submit(() -> sweeps.sweep("nodo-b"));
                int ranA = a.get();
                int ranB = b.get();
                assertTrue(ranA == -1 ^ ranB == -1, "exactly one node swept: " + ranA + ", " + ranB);
            } finally {
                nodes.shutdownNow();
            }
            // The lease expires and the other node sweeps later the same day: nothing goes out twice.
            sweepAs("nodo-b");
            MovableClock.moveTo(LAST_DAY.atTime(9, 0));
            sweepAs("nodo-a");

            MimeMessage reminder = awaitOne(mailbox, world.sei, "vence el plazo para subsanar");
            assertTrue(Mails.text(reminder).contains("hasta el 24/09/2027"), Mails.text(reminder));
            assertEquals(1, data.auditCountOfRequest("CORRECTION_REMINDED", world.request));
            assertNotNull(deadlines.correction(world.request).getRemindedAt());
            assertEquals(RequestStatus.OBSERVED, data.request(world.request).status(), "the last day is still the citizen's");
        }
    }

    @Test
    void anUnfixedRequestClosesAsDesistidaAfterItsLastDayAndFreesTheService() throws Exception {
        long service;
        try (Mailbox mailbox = new Mailbox()) {
            World world = observedOn(OBSERVED_AT, "desistida");
            service = world.service;
            RuleViolation open = assertThrows(RuleViolation.class,
                    () -> As.user(DemoAccounts.PENSIONER, () -> requests.filingForm(world.service)));
            assertEquals("error.request.alreadyOpen", open.getMessageKey(), "one open request per service");

            MovableClock.moveTo(LAST_DAY.atTime(23, 0));
            sweepAs("nodo-a");
            assertEquals(RequestStatus.OBSERVED, data.request(world.request).status(), "the whole last day counts");

            MovableClock.moveTo(LAST_DAY.plusDays(1).atTime(6, 0));
            sweepAs("nodo-a");
            sweepAs("nodo-b");
            QueueData.RequestState lapsed = data.request(world.request);
            assertEquals(RequestStatus.CLOSED, lapsed.status());
            assertEquals(Resolution.WITHDRAWN, lapsed.resolution());
            assertEquals(1, data.auditCountOfRequest("REQUEST_LAPSED", world.request), "audited once");
            List<String> trail = data.audit("REQUEST_LAPSED", "24/09/2027");
            assertTrue(trail.stream().anyMatch(e -> e.startsWith("sistema: ")), trail.toString());

            MimeMessage mail = awaitOne(mailbox, world.sei, "se cerró como desistida");
            assertTrue(Mails.text(mail).contains("hasta el 24/09/2027"), Mails.text(mail));

            // The citizen's timeline and the Jefatura's record say so; the service is free again.
            RequestDetail detail = As.user(DemoAccounts.PENSIONER, () -> tracking.detail(world.request));
            assertTrue(detail.isWithdrawn());
            assertFalse(detail.canWithdraw());
            assertFalse(detail.canRate(), "nothing was attended to rate");
            TimelineEntry last = detail.timeline().get(detail.timeline().size() - 1);
            assertEquals(RequestStatus.OBSERVED, last.from());
            assertEquals(RequestStatus.CLOSED, last.to());
            assertFalse(last.byCitizen(), "closed by the institute, not by the citizen");
            RequestRecord record = As.user(DemoAccounts.SUPERVISOR, () -> history.record(world.request));
            assertEquals(Resolution.WITHDRAWN, record.resolution());
            assertTrue(record.events().stream().anyMatch(e -> e.action().equals("REQUEST_LAPSED")));
            assertTrue(record.mails().stream().anyMatch(m -> m.templateCode().equals("REQUEST_LAPSED")));
            assertNotNull(As.user(DemoAccounts.PENSIONER, () -> requests.filingForm(world.service)), "the service is free");
        }
        // Counted apart in the service levels: neither attended nor overdue.
        String serviceCode = deadlines.code(service);
        ServiceLevelReport report = As.user(DemoAccounts.SUPERVISOR,
                () -> serviceLevels.report(OBSERVED_AT.toLocalDate(), OBSERVED_AT.toLocalDate(), null));
        ServiceLevelReport.ServiceLine line = report.services().stream()
                .filter(s -> s.serviceCode().equals(serviceCode)).findFirst().orElseThrow();
        assertEquals(1, line.filed());
        assertEquals(1L, line.resolutions().get(Resolution.WITHDRAWN), "counted apart as desistida");
        assertEquals(0, line.attended());
        assertEquals(0, line.overdue());
        assertEquals(0, line.denied());
        assertEquals(Double.valueOf(100.0), line.resolutionPercent(Resolution.WITHDRAWN));
    }

    @Test
    void anAgentWhoStillHoldsTheObservedTicketKeepsItUntilItIsClosed() throws Exception {
        long service = data.newService("en manos");
        deadlines.limits(service, 5, 10, 20, true);
        Agents agents = new Agents(data.newAgents("en-manos", 1, data.newAgentType(service)));
        MovableClock.moveTo(OBSERVED_AT);
        long ticket = data.queueTickets(DemoAccounts.PENSIONER, service, 1, 0, data.now()).get(0);
        long request = data.requestOf(ticket);
        agents.as(0, queue::becomeAvailable);
        agents.as(0, () -> workspace.observe(ticket, "Adjunte la partida de nacimiento."));

        MovableClock.moveTo(LAST_DAY.plusDays(3).atTime(9, 0));
        agents.as(0, queue::heartbeat);   // a live session: the stranded-tickets sweep leaves the ticket alone
        sweepAs("nodo-a");
        assertEquals(RequestStatus.OBSERVED, data.request(request).status(), "not under the agent's feet");
        agents.as(0, () -> {
            workspace.close(ticket);
            return null;
        });
        sweepAs("nodo-a");
        assertEquals(Resolution.WITHDRAWN, data.request(request).resolution());
    }

    @Test
    void bothClocksAreDatesAndTheStatutoryOneStopsWhileTheRequestIsObserved() throws Exception {
        long service = data.newService("dos relojes");
        deadlines.limits(service, 5, 10, 20, true);
        Agents agents = new Agents(data.newAgents("relojes", 2, data.newAgentType(service)));
        // Filed Monday 6 September 2027.
        MovableClock.moveTo(LocalDateTime.of(2027, 9, 6, 10, 0));
        long first = data.queueTickets(DemoAccounts.PENSIONER, service, 1, 0, data.now()).get(0);
        long request = data.requestOf(first);
        agents.as(0, queue::becomeAvailable);
        DueDates atFirst = agents.as(0, () -> workspace.generals(first)).dueDates();
        assertEquals(LocalDate.of(2027, 9, 13), atFirst.targetDueOn(), "target: 5 business days");
        assertEquals(LocalDate.of(2027, 10, 5), atFirst.statutoryDueOn(), "statutory: 20 business days, 15 September not counted");
        assertFalse(atFirst.statutoryPaused());

        // Observed Wednesday 8: while it waits on the citizen the statutory clock stands still.
        MovableClock.moveTo(LocalDateTime.of(2027, 9, 8, 11, 0));
        agents.as(0, () -> workspace.observe(first, "Falta la constancia de sueldo."));
        agents.as(0, () -> {
            workspace.close(first);
            return null;
        });
        MovableClock.moveTo(LocalDateTime.of(2027, 9, 10, 9, 0));
        DueDates observed = As.user(DemoAccounts.PENSIONER, () -> tracking.detail(request)).dueDates();
        assertTrue(observed.statutoryPaused());
        assertEquals(2, observed.pausedBusinessDays(), "Thursday 9 and Friday 10");
        assertEquals(LocalDate.of(2027, 10, 7), observed.statutoryDueOn());
        assertEquals(LocalDate.of(2027, 9, 13), observed.targetDueOn(), "the target counts observed time: the citizen waits all along");

        // Fixed Monday 13: three business days were paused, the statutory limit is 8 October.
        MovableClock.moveTo(LocalDateTime.of(2027, 9, 13, 8, 30));
        long second = data.resubmit(request, "Adjunto la constancia.");
        assertEquals(second, agents.as(1, queue::becomeAvailable).ticket().ticketId());
        TicketGenerals generals = agents.as(1, () -> workspace.generals(second));
        assertEquals(LocalDate.of(2027, 10, 8), generals.dueDates().statutoryDueOn());
        assertEquals(3, generals.dueDates().pausedBusinessDays());
        assertFalse(generals.dueDates().statutoryPaused());
        assertEquals(LocalDate.of(2027, 9, 13), generals.dueDates().targetDueOn());
        assertEquals(0, generals.dueDates().targetDaysLeft(), "due today");
        assertEquals(18, generals.dueDates().statutoryDaysLeft());
        assertNull(generals.dueDates().correctionDueOn(), "no longer observed");

        RequestRecord record = As.user(DemoAccounts.SUPERVISOR, () -> history.record(request));
        assertEquals(generals.dueDates().statutoryDueOn(), record.dueDates().statutoryDueOn(), "the Jefatura reads the same dates");
        assertEquals(generals.dueDates().targetDueOn(), record.dueDates().targetDueOn());
        RequestDetail citizen = As.user(DemoAccounts.PENSIONER, () -> tracking.detail(request));
        assertEquals(LocalDate.of(2027, 9, 13), citizen.dueDates().targetDueOn(), "fecha estimada de respuesta");
        assertFalse(citizen.canWithdraw(), "an agent holds it");
    }

    /** A request of the demo pensioner for a service of its own, observed at {@code at} and its ticket closed. */
    private World observedOn(LocalDateTime at, String label) throws Exception {
        long service = data.newService(label);
        deadlines.limits(service, 5, 10, 20, true);
        Agents agents = new Agents(data.newAgents(label.replace(' ', '-'), 1, data.newAgentType(service)));
        MovableClock.moveTo(at);
        long ticket = data.queueTickets(DemoAccounts.PENSIONER, service, 1, 0, data.now()).get(0);
        long request = data.requestOf(ticket);
        assertEquals(ticket, agents.as(0, queue::becomeAvailable).ticket().ticketId());
        TicketGenerals generals = agents.as(0, () -> workspace.observe(ticket, "Adjunte la constancia de tiempo de servicio sellada."));
        agents.as(0, () -> workspace.finish(ticket));
        agents.as(0, () -> {
            workspace.close(ticket);
            return null;
        });
        return new World(service, request, generals.seiNumber());
    }

    /** One sweep as a node's timer does it: on a thread of its own, outside the test's HTTP request (actor "sistema"). */
    private int sweepAs(String node) throws Exception {
        data.freeLease(CorrectionDeadlines.LEASE);
        ExecutorService timer = Executors.newSingleThreadExecutor();
        try {
            return timer.submit(() -> sweeps.sweep(node)).get();
        } finally {
            timer.shutdownNow();
        }
    }

    /** The one mail about this SEI whose subject says so; fails if none came or a second one follows. */
    private static MimeMessage awaitOne(Mailbox mailbox, String sei, String subjectPart) throws Exception {
        Callable<List<MimeMessage>> matching = () -> java.util.Arrays.stream(mailbox.received())
                .filter(m -> subject(m).contains(sei) && subject(m).contains(subjectPart)).toList();
        long deadline = System.currentTimeMillis() + 20_000;
        while (matching.call().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertFalse(matching.call().isEmpty(), "no mail \"" + subjectPart + "\" about " + sei);
        Thread.sleep(1_500);   // a second copy would come within the listener's back-off
        assertEquals(1, matching.call().size(), "exactly one mail \"" + subjectPart + "\" about " + sei);
        return matching.call().get(0);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record World(long service, long request, String sei) {
    }
}
