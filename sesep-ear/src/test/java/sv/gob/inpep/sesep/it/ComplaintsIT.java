package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.complaints.boundary.ComplaintSubject;
import sv.gob.inpep.sesep.complaints.boundary.ComplaintView;
import sv.gob.inpep.sesep.complaints.entity.ComplaintFinding;
import sv.gob.inpep.sesep.requests.boundary.Filed;
import sv.gob.inpep.sesep.requests.boundary.Filing;
import sv.gob.inpep.sesep.requests.boundary.FilingForm;
import sv.gob.inpep.sesep.requests.boundary.RequestDetail;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;
import sv.gob.inpep.sesep.requests.boundary.Requests;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevelReport;
import sv.gob.inpep.sesep.supervision.boundary.ServiceLevels;
import sv.gob.inpep.sesep.tickets.boundary.TicketGenerals;
import sv.gob.inpep.sesep.tickets.boundary.TicketWorkspace;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Complaints as a process (issue 17): routed to the area answerable for what the citizen names,
 * resolved procedente or no procedente by an agent of that area with the answer the citizen
 * receives, and measured per area and month against the 85 % goal.
 */
@ExtendWith(ArquillianExtension.class)
class ComplaintsIT {

    private static final String UPHELD_ANSWER = "Tiene razón: el descuento de octubre se aplicó por error. Le devolveremos"
            + " lo descontado en la planilla de diciembre; disculpe las molestias, señora Peña.";
    private static final String REJECTED_ANSWER = "Revisamos la atención del 5 de noviembre: el señor Núñez le pidió el DUI"
            + " porque la ley lo exige para todo trámite. Por eso la queja no es procedente.";

    @Inject
    Requests requests;

    @Inject
    RequestTracking tracking;

    @Inject
    AssignmentQueue queue;

    @Inject
    TicketWorkspace workspace;

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    ComplaintData complaints;

    @Inject
    QueueData data;

    @Test
    void aComplaintWaitsForTheAgentsOfTheAreaAnswerableForWhatItIsAbout() throws Exception {
        long service = complaints.newComplaintService("enrutamiento", 10);
        long pensionService = data.newPensionesService("queja sobre pensión");
        // The CAU attends complaints (and registers those no other area takes); Pensiones attends its own.
        Agents cau = new Agents(List.of(complaints.newAgent("quejas-cau", QueueData.CAU_AREA, service)));
        Agents pensiones = new Agents(List.of(complaints.newAgent("quejas-pen", SupervisionData.PENSIONES_AREA, service)));

        FilingForm form = As.user(DemoAccounts.CONTRIBUTOR, () -> requests.filingForm(service));
        assertTrue(form.isComplaint());
        assertTrue(form.complaintSubjects().stream().anyMatch(s -> s.kind() == ComplaintSubject.Kind.AREA
                && s.label().equals(SupervisionData.PENSIONES_NAME)), form.complaintSubjects().toString());
        assertTrue(form.complaintSubjects().stream().noneMatch(s -> s.key().equals("S" + service)), "not a complaint itself");

        // About a Pensiones service: a ticket of Pensiones, which the CAU's complaint agent never gets.
        Filed about = file(service, "S" + pensionService);
        assertTrue(about.ticketNumber().startsWith("PWG-"), about.ticketNumber());
        assertEquals(SupervisionData.PENSIONES_AREA + ":" + about.ticketNumber(), complaints.latestTicket(about.requestId()));
        assertNull(cau.as(0, queue::becomeAvailable).ticket(), "a CAU agent does not take a Pensiones complaint");
        long ticket = complaints.latestTicketId(about.requestId());
        assertEquals(ticket, pensiones.as(0, queue::becomeAvailable).ticket().ticketId());
        TicketGenerals generals = pensiones.as(0, () -> workspace.generals(ticket));
        assertTrue(generals.isComplaint());
        assertTrue(generals.complaintSubject().startsWith("Servicio: Servicio de prueba queja sobre pensión"),
                generals.complaintSubject());
        assertEquals(SupervisionData.PENSIONES_NAME, generals.areaName());
        assertEquals(1, data.auditCountOfRequest("COMPLAINT_ROUTED", about.requestId()));
        assertTrue(data.audit("COMPLAINT_ROUTED", about.ticketNumber()).get(0)
                .contains("→ " + SupervisionData.PENSIONES_NAME), "audited with where it went");

        // About the citizen's own SEI (that complaint, waiting at Pensiones): Pensiones again.
        Filed aboutOwn = file(service, "R" + about.requestId());
        assertTrue(aboutOwn.ticketNumber().startsWith("PWG-"), aboutOwn.ticketNumber());
        // About the CAU itself: the CAU's complaint agent.
        Filed aboutCau = file(service, "A" + QueueData.CAU_AREA);
        assertTrue(aboutCau.ticketNumber().startsWith("CWG-"), aboutCau.ticketNumber());
        assertEquals(complaints.latestTicketId(aboutCau.requestId()), cau.as(0, queue::becomeAvailable).ticket().ticketId());

        // Nothing named, or another citizen's SEI: refused with the reason, nothing filed.
        RuleViolation none = assertThrows(RuleViolation.class, () -> file(service, null));
        assertEquals("error.complaint.subjectRequired", none.getMessageKey());
        RuleViolation foreign = assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.PENSIONER,
                () -> requests.file(new Filing(service, UUID.randomUUID().toString(), Map.of(), true, "R" + about.requestId()))));
        assertEquals("error.complaint.subjectUnknown", foreign.getMessageKey());
    }

    @Test
    void anAreaWithoutComplaintAgentsLeavesItsComplaintsToTheComplaintServicesArea() throws Exception {
        long service = complaints.newComplaintService("sin agentes", 10);
        Filed filed = file(service, "A" + SupervisionData.PENSIONES_AREA);
        assertTrue(filed.ticketNumber().startsWith("CWG-"), "the CAU registers it and may transfer it: " + filed.ticketNumber());
        ComplaintView view = As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.detail(filed.requestId())).complaint();
        assertEquals("Área: " + SupervisionData.PENSIONES_NAME, view.subject());
        assertEquals(SupervisionData.CAU_NAME, view.areaName());
    }

    @Test
    void anAgentOfTheAreaResolvesAComplaintProcedenteOrNotAndTheCitizenReadsTheAnswer() throws Exception {
        long service = complaints.newComplaintService("resolución", 10);
        Agents pensiones = new Agents(List.of(complaints.newAgent("resuelve-pen", SupervisionData.PENSIONES_AREA, service)));
        Filed upheld = file(service, "A" + SupervisionData.PENSIONES_AREA);
        Filed rejected = file(service, "A" + SupervisionData.PENSIONES_AREA);
        String email = data.request(upheld.requestId()).citizenEmail();

        long first = pensiones.as(0, queue::becomeAvailable).ticket().ticketId();
        // A complaint ends with its finding: no answer document, no denial, no finding without answer.
        RuleViolation deny = assertThrows(RuleViolation.class, () -> pensiones.as(0, () -> workspace.deny(first, "No.")));
        assertEquals("error.complaint.resolveInstead", deny.getMessageKey());
        RuleViolation noFinding = assertThrows(RuleViolation.class,
                () -> pensiones.as(0, () -> workspace.resolveComplaint(first, null, UPHELD_ANSWER)));
        assertEquals("error.complaint.findingRequired", noFinding.getMessageKey());
        RuleViolation noAnswer = assertThrows(RuleViolation.class,
                () -> pensiones.as(0, () -> workspace.resolveComplaint(first, ComplaintFinding.UPHELD, " ")));
        assertEquals("error.complaint.answerRequired", noAnswer.getMessageKey());

        try (Mailbox mailbox = new Mailbox()) {
            TicketGenerals done = pensiones.as(0, () -> workspace.resolveComplaint(first, ComplaintFinding.UPHELD, UPHELD_ANSWER));
            assertEquals(ComplaintFinding.UPHELD, done.complaintFinding());
            MimeMessage mail = Mails.await(mailbox, email, "queja o reclamo", UPHELD_ANSWER);
            String text = Mails.text(mail);
            assertTrue(text.contains("Resolución: Procedente") && text.contains(upheld.seiNumber())
                    && text.contains(SupervisionData.PENSIONES_NAME), text);
            closeTicket(pensiones, first);

            long second = pensiones.as(0, queue::becomeAvailable).ticket().ticketId();
            pensiones.as(0, () -> workspace.resolveComplaint(second, ComplaintFinding.NOT_UPHELD, REJECTED_ANSWER));
            assertTrue(Mails.text(Mails.await(mailbox, email, "queja o reclamo", REJECTED_ANSWER))
                    .contains("Resolución: No procedente"));
            closeTicket(pensiones, second);
        }

        RequestDetail detail = awaitClosed(upheld.requestId());
        assertEquals(Resolution.ANSWERED, detail.resolution());
        assertEquals(ComplaintFinding.UPHELD, detail.complaint().finding());
        assertEquals(UPHELD_ANSWER, detail.complaint().answer());
        assertEquals(SupervisionData.PENSIONES_NAME, detail.areaName(), "the area answerable, on the citizen's page");
        assertTrue(detail.timeline().stream().anyMatch(step -> ("Procedente: " + UPHELD_ANSWER).equals(step.note())),
                "in the timeline");
        RequestDetail other = awaitClosed(rejected.requestId());
        assertEquals(ComplaintFinding.NOT_UPHELD, other.complaint().finding());
        assertEquals(REJECTED_ANSWER, other.complaint().answer());

        assertEquals(1, data.auditCountOfRequest("COMPLAINT_RESOLVED", upheld.requestId()));
        assertTrue(data.audit("COMPLAINT_RESOLVED", UPHELD_ANSWER.substring(0, 40)).get(0)
                .startsWith(pensiones.username(0) + ": Procedente: "));
        assertTrue(data.audit("COMPLAINT_RESOLVED", REJECTED_ANSWER.substring(0, 40)).get(0)
                .startsWith(pensiones.username(0) + ": No procedente: "));
    }

    /**
     * The complaints KPI against figures computed by hand: a complaint service with a target of 3
     * business days (2 November 2026, a Monday, is a holiday), period October–November 2026.
     * <pre>
     *   complaint  area       filed         resolved              business days     month
     *   P1         Pensiones  Thu 1 Oct     Mon 5 Oct procedente   2, 5 = 2          October, within
     *   P2         Pensiones  Mon 5 Oct     Mon 12 Oct no proc.    6–9, 12 = 5       October, late
     *   P3         Pensiones  Fri 30 Oct    Thu 5 Nov procedente   3, 4, 5 Nov = 3   October (filed), within
     *   P4         Pensiones  Mon 12 Oct    never                   —                October, overdue
     *   P5         Pensiones  Tue 3 Nov     Wed 4 Nov procedente   1                 November, within
     *   C1         CAU        Wed 7 Oct     Thu 8 Oct no proc.     1                 October, within
     * </pre>
     * Pensiones, October: filed 4, resolved 3, within 2, overdue 1, procedentes 2: 2 / (3 + 1) =
     * 50.0 %, goal not met. Pensiones, November: 1 of 1, 100 %, met. CAU, October: 1 of 1, met.
     * The Jefatura of Pensiones sees its two lines only; the CAU's, its one.
     */
    @Test
    void theComplaintsKpiPerAreaAndMonthAgainstAHandComputedFixture() throws Exception {
        long service = complaints.newComplaintService("indicador", 3);
        long pen = SupervisionData.PENSIONES_AREA;
        complaints.pastComplaint(service, pen, at(10, 1), at(10, 5), ComplaintFinding.UPHELD);
        complaints.pastComplaint(service, pen, at(10, 5), at(10, 12), ComplaintFinding.NOT_UPHELD);
        complaints.pastComplaint(service, pen, LocalDateTime.of(2026, 10, 30, 16, 45), at(11, 5), ComplaintFinding.UPHELD);
        complaints.pastComplaint(service, pen, at(10, 12), null, null);
        complaints.pastComplaint(service, pen, at(11, 3), at(11, 4), ComplaintFinding.UPHELD);
        complaints.pastComplaint(service, QueueData.CAU_AREA, at(10, 7), at(10, 8), ComplaintFinding.NOT_UPHELD);

        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        List<ServiceLevelReport.ComplaintLine> all = As.user(SupervisionData.ALL_AREAS_SUPERVISOR,
                () -> serviceLevels.report(from, to, null)).complaints();
        assertEquals(3, all.size(), all.toString());

        ServiceLevelReport.ComplaintLine october = line(all, SupervisionData.PENSIONES_NAME, 10);
        assertEquals(4, october.filed());
        assertEquals(3, october.resolved());
        assertEquals(2, october.withinTarget());
        assertEquals(1, october.overdue());
        assertEquals(2, october.upheld());
        assertEquals(50.0, october.withinTargetPercent(), 0.001);
        assertEquals(Boolean.FALSE, october.goalMet(), "below the 85 % goal");
        assertEquals("10/2026", october.monthLabel());

        ServiceLevelReport.ComplaintLine november = line(all, SupervisionData.PENSIONES_NAME, 11);
        assertEquals(List.of(1L, 1L, 1L, 0L, 1L), List.of(november.filed(), november.resolved(), november.withinTarget(),
                november.overdue(), november.upheld()));
        assertEquals(100.0, november.withinTargetPercent(), 0.001);
        assertEquals(Boolean.TRUE, november.goalMet());

        ServiceLevelReport.ComplaintLine cau = line(all, SupervisionData.CAU_NAME, 10);
        assertEquals(List.of(1L, 1L, 1L, 0L, 0L), List.of(cau.filed(), cau.resolved(), cau.withinTarget(), cau.overdue(),
                cau.upheld()));
        assertEquals(Boolean.TRUE, cau.goalMet());

        // Each Jefatura sees the complaints about its own area only.
        List<ServiceLevelReport.ComplaintLine> pensiones = As.user(SupervisionData.PENSIONES_SUPERVISOR,
                () -> serviceLevels.report(from, to, null)).complaints();
        assertEquals(List.of(SupervisionData.PENSIONES_NAME, SupervisionData.PENSIONES_NAME),
                pensiones.stream().map(ServiceLevelReport.ComplaintLine::areaName).toList());
        List<ServiceLevelReport.ComplaintLine> cauOnly = As.user(DemoAccounts.SUPERVISOR,
                () -> serviceLevels.report(from, to, null)).complaints();
        assertEquals(List.of(cau), cauOnly);
        assertTrue(As.user(DemoAccounts.SUPERVISOR, () -> serviceLevels.report(from, to, pen)).complaints().isEmpty(),
                "another area's, asked for by id, shows nothing");
    }

    private Filed file(long service, String subject) throws Exception {
        return As.user(DemoAccounts.CONTRIBUTOR,
                () -> requests.file(new Filing(service, UUID.randomUUID().toString(), Map.of(), true, subject)));
    }

    private void closeTicket(Agents agents, long ticket) throws Exception {
        agents.as(0, () -> workspace.finish(ticket));
        agents.as(0, () -> {
            workspace.close(ticket);
            return null;
        });
    }

    private RequestDetail awaitClosed(long requestId) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        RequestDetail detail = As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.detail(requestId));
        while (detail.status() != RequestStatus.CLOSED && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            detail = As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.detail(requestId));
        }
        assertEquals(RequestStatus.CLOSED, detail.status(), "closed after its ticket, as any answered request");
        return detail;
    }

    private static ServiceLevelReport.ComplaintLine line(List<ServiceLevelReport.ComplaintLine> lines, String area, int month) {
        return lines.stream().filter(l -> l.areaName().equals(area) && l.month().equals(YearMonth.of(2026, month)))
                .findFirst().orElseThrow(() -> new AssertionError(area + " " + month + ": " + lines));
    }

    private static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 10, 0);
    }
}
