package sv.gob.inpep.sesep.requests.entity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.complaints.entity.ComplaintFinding;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sv.gob.inpep.sesep.Fixtures.T0;
import static sv.gob.inpep.sesep.Fixtures.assertRefused;
import static sv.gob.inpep.sesep.Fixtures.cau;
import static sv.gob.inpep.sesep.Fixtures.contributor;
import static sv.gob.inpep.sesep.Fixtures.service;

class ServiceRequestTest {

    private static final String AGENT = "g001";
    private static final String CITIZEN = "luis";
    /** Observed on Monday 2 March 2026 (T0): ten business days to fix it, the reminder two before. */
    private static final CorrectionDeadline DEADLINE = new CorrectionDeadline(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 12));

    private CatalogService service;
    private Citizen citizen;
    private ServiceRequest request;

    @BeforeEach
    void setUp() {
        service = service(cau());
        citizen = contributor();
        request = new ServiceRequest("SEI-2026000001", citizen, service, "{\"motivo\":\"x\"}", "tok", T0, T0.plusSeconds(5));
    }

    @Test
    void filingRecordsTheApplicantAndOpensTheTimeline() {
        assertEquals(RequestStatus.FILED, request.getStatus());
        assertEquals(T0.plusSeconds(5), request.getFiledAt());
        assertEquals(ApplicantKind.CONTRIBUTOR, request.getApplicantKind());
        assertSame(citizen.getAffiliate(), request.getAffiliate());
        assertNull(request.getBeneficiary());
        assertTrue(request.isOpen());

        RequestStatusChange filing = request.getHistory().get(0);
        assertNull(filing.getFromStatus());
        assertEquals(RequestStatus.FILED, filing.getToStatus());
        assertEquals(CITIZEN, filing.getActor());
    }

    @Test
    void filingIsRefusedForAWithdrawnService() {
        service.setActive(false);
        assertRefused("error.request.serviceInactive",
                () -> new ServiceRequest("SEI-2026000002", citizen, service, null, "tok2", T0, T0));
    }

    @Test
    void filingIsRefusedForAServiceNotOfferedToTheApplicantKind() {
        CatalogService pensionersOnly = service("PEN", cau(), EnumSet.of(ApplicantKind.PENSIONER));
        assertRefused("error.request.serviceNotOffered",
                () -> new ServiceRequest("SEI-2026000002", citizen, pensionersOnly, null, "tok2", T0, T0));
    }

    @Test
    void filingNeedsTheDeclaration() {
        assertRefused("error.request.declarationRequired",
                () -> new ServiceRequest("SEI-2026000002", citizen, service, null, "tok2", null, T0));
    }

    @Test
    void answeredRequestIsAttendedThenClosed() {
        request.startAttention(T0.plusMinutes(1), AGENT);
        request.answer(T0.plusMinutes(2), AGENT);

        assertEquals(RequestStatus.ATTENDED, request.getStatus());
        assertEquals(Resolution.ANSWERED, request.getResolution());
        assertEquals(T0.plusMinutes(2), request.getAttendedAt());
        assertFalse(request.isOpen(), "an attended request lets the citizen file again");

        request.close(T0.plusMinutes(3), "system");

        assertEquals(RequestStatus.CLOSED, request.getStatus());
        assertEquals(T0.plusMinutes(3), request.getClosedAt());
        assertEquals(List.of(RequestStatus.FILED, RequestStatus.IN_ATTENTION, RequestStatus.ATTENDED, RequestStatus.CLOSED),
                request.getHistory().stream().map(RequestStatusChange::getToStatus).toList());
        assertEquals(RequestStatus.ATTENDED, request.getHistory().get(3).getFromStatus());
    }

    @Test
    void denialNeedsReasons() {
        request.startAttention(T0, AGENT);
        assertRefused("error.request.denialReasonsRequired", () -> request.deny("  ", T0, AGENT));

        request.deny("No cumple requisitos", T0.plusMinutes(1), AGENT);

        assertEquals(RequestStatus.ATTENDED, request.getStatus());
        assertEquals(Resolution.DENIED, request.getResolution());
        assertEquals("No cumple requisitos", request.getDenialReasons());
        assertEquals("No cumple requisitos", request.getHistory().get(2).getNote());
    }

    @Test
    void observationNeedsTextAndIsFixedByResubmitting() {
        request.startAttention(T0, AGENT);
        assertRefused("error.request.observationsRequired", () -> request.observe(null, DEADLINE, T0, AGENT));

        request.observe("Adjunte DUI legible", DEADLINE, T0.plusMinutes(1), AGENT);
        assertEquals(RequestStatus.OBSERVED, request.getStatus());
        assertEquals("Adjunte DUI legible", request.getObservations());
        assertTrue(request.isOpen());

        request.resubmit(null, T0.plusDays(1), CITIZEN);
        assertEquals(RequestStatus.FILED, request.getStatus());
        assertNull(request.getCitizenComment(), "the fix may be documents alone");
        assertEquals(T0.plusSeconds(5), request.getFiledAt(), "service levels count from the first filing");
    }

    @Test
    void tooLongObservationsAreRefused() {
        request.startAttention(T0, AGENT);
        assertRefused("error.text.tooLong", () -> request.observe("x".repeat(8001), DEADLINE, T0, AGENT));
    }

    @Test
    void onlyAnObservedRequestIsResubmitted() {
        assertRefused("error.request.notObserved", () -> request.resubmit("listo", T0, CITIZEN));
    }

    @Test
    void onlyAFiledRequestStartsAttention() {
        request.startAttention(T0, AGENT);
        assertRefused("error.request.notFiled", () -> request.startAttention(T0, "g002"));
    }

    @Test
    void waysOutNeedARequestInAttention() {
        assertRefused("error.request.notInAttention", () -> request.answer(T0, AGENT));
        assertRefused("error.request.notInAttention", () -> request.deny("motivo", T0, AGENT));
        assertRefused("error.request.notInAttention", () -> request.observe("obs", DEADLINE, T0, AGENT));
        assertRefused("error.request.notInAttention", () -> request.returnToQueue(T0, AGENT));
    }

    @Test
    void onlyAnAttendedRequestCloses() {
        assertRefused("error.request.notAttended", () -> request.close(T0, "system"));
        request.startAttention(T0, AGENT);
        request.observe("obs", DEADLINE, T0, AGENT);
        assertRefused("error.request.notAttended", () -> request.close(T0, "system"));
    }

    @Test
    void abandonReturnsTheRequestToTheQueue() {
        request.startAttention(T0, AGENT);
        request.returnToQueue(T0.plusMinutes(1), AGENT);

        assertEquals(RequestStatus.FILED, request.getStatus());
        assertEquals(RequestStatus.IN_ATTENTION, request.getHistory().get(2).getFromStatus());
    }

    @Test
    void aClosedRequestAcceptsNothingMore() {
        request.startAttention(T0, AGENT);
        request.answer(T0, AGENT);
        request.close(T0, "system");

        assertRefused("error.request.notAttended", () -> request.close(T0, "system"));
        assertRefused("error.request.notFiled", () -> request.startAttention(T0, AGENT));
        assertFalse(request.isOpen());
    }

    @Test
    void seiNumberIsYearAndSixDigitSequence() {
        assertEquals("SEI-2022000001", ServiceRequest.seiNumberFor(2022, 1));
        assertEquals("SEI-2026999999", ServiceRequest.seiNumberFor(2026, 999_999));
        assertThrows(IllegalArgumentException.class, () -> ServiceRequest.seiNumberFor(2026, 1_000_000));
    }

    @Test
    void aTransferKeepsTheFilingAndWaitsForTheOtherService() {
        CatalogService pensiones = service("DEV", new sv.gob.inpep.sesep.catalog.entity.ManagementArea("PEN",
                "Departamento de Pensiones", "PWG"));
        assertRefused("error.request.notInAttention", () -> request.transferTo(pensiones, "Es de Pensiones.", T0, AGENT));
        request.startAttention(T0.plusMinutes(1), AGENT);
        assertRefused("error.transfer.reasonRequired", () -> request.transferTo(pensiones, "  ", T0, AGENT));
        assertRefused("error.transfer.sameService", () -> request.transferTo(service, "Otro motivo.", T0, AGENT));
        CatalogService notForContributors = service("PEN2", cau(), EnumSet.of(ApplicantKind.PENSIONER));
        assertRefused("error.transfer.serviceNotOffered", () -> request.transferTo(notForContributors, "x", T0, AGENT));
        CatalogService withdrawn = service("OLD", cau());
        withdrawn.setActive(false);
        assertRefused("error.request.serviceInactive", () -> request.transferTo(withdrawn, "x", T0, AGENT));

        request.transferTo(pensiones, "Pide la devolución de cotizaciones.", T0.plusMinutes(9), AGENT);

        assertSame(pensiones, request.getService());
        assertEquals(RequestStatus.FILED, request.getStatus());
        assertEquals(T0.plusSeconds(5), request.getFiledAt(), "the service-level clock runs on from the filing");
        assertEquals("{\"motivo\":\"x\"}", request.getFormData(), "what was filed is kept");
        RequestStatusChange last = request.getHistory().get(request.getHistory().size() - 1);
        assertEquals(RequestStatus.IN_ATTENTION, last.getFromStatus());
        assertTrue(last.getNote().contains("Constancia de DEV") && last.getNote().contains("Pide la devolución"), last.getNote());
    }

    @Test
    void aProvisionalNumberIsReplacedOnceByTheOfficialOne() {
        ServiceRequest filing = new ServiceRequest(ServiceRequest.provisionalSeiNumber(), citizen, service, null, "tok3",
                T0, T0);
        assertTrue(filing.getSeiNumber().length() <= 20, "fits the column");
        filing.assignSeiNumber("SEI-2026000003");
        assertEquals("SEI-2026000003", filing.getSeiNumber());
        assertThrows(IllegalStateException.class, () -> filing.assignSeiNumber("SEI-2026000004"));
        assertThrows(IllegalStateException.class, () -> request.assignSeiNumber("SEI-2026000005"));
    }

    @Test
    void anObservedRequestKeepsItsDeadlineAndIsRemindedOnce() {
        request.startAttention(T0, AGENT);
        request.observe("Adjunte DUI legible", DEADLINE, T0.plusMinutes(1), AGENT);
        assertEquals(LocalDate.of(2026, 3, 16), request.getCorrection().getDueOn());
        assertFalse(request.getCorrection().isReminderDue(LocalDate.of(2026, 3, 11)));
        assertTrue(request.getCorrection().isReminderDue(LocalDate.of(2026, 3, 12)));
        request.remindOfCorrection(LocalDate.of(2026, 3, 12), T0.plusDays(10));
        assertFalse(request.getCorrection().isReminderDue(LocalDate.of(2026, 3, 13)), "once");
        assertThrows(IllegalStateException.class, () -> request.remindOfCorrection(LocalDate.of(2026, 3, 13), T0.plusDays(11)));

        request.resubmit("Listo", T0.plusDays(12), CITIZEN);
        assertNull(request.getCorrection(), "a fixed request has no deadline any more");
    }

    @Test
    void anObservedRequestLapsesAsWithdrawnOnlyAfterItsLastDay() {
        request.startAttention(T0, AGENT);
        request.observe("Adjunte DUI legible", DEADLINE, T0.plusMinutes(1), AGENT);
        assertThrows(IllegalStateException.class, () -> request.lapse(LocalDate.of(2026, 3, 16), T0.plusDays(14), "sistema"),
                "the last day is still the citizen's");

        request.lapse(LocalDate.of(2026, 3, 17), T0.plusDays(15), "sistema");
        assertEquals(RequestStatus.CLOSED, request.getStatus());
        assertEquals(Resolution.WITHDRAWN, request.getResolution());
        assertEquals(T0.plusDays(15), request.getClosedAt());
        assertNull(request.getAttendedAt(), "never attended");
        assertFalse(request.isOpen(), "the service is free again");
        RequestStatusChange last = request.getHistory().get(request.getHistory().size() - 1);
        assertEquals(RequestStatus.OBSERVED, last.getFromStatus());
        assertEquals("sistema", last.getActor());
    }

    @Test
    void theCitizenWithdrawsAWaitingOrObservedRequestButNotOneInAttentionOrAttended() {
        request.withdraw(T0.plusMinutes(1), CITIZEN);
        assertEquals(Resolution.WITHDRAWN, request.getResolution());
        assertEquals(RequestStatus.CLOSED, request.getStatus());
        assertRefused("error.request.notWithdrawable", () -> request.withdraw(T0.plusMinutes(2), CITIZEN));

        ServiceRequest inAttention = new ServiceRequest("SEI-2026000009", citizen, service, null, "tok9", T0, T0);
        inAttention.startAttention(T0, AGENT);
        assertFalse(inAttention.isWithdrawable());
        assertRefused("error.request.notWithdrawable", () -> inAttention.withdraw(T0, CITIZEN));
        inAttention.answer(T0, AGENT);
        assertRefused("error.request.notWithdrawable", () -> inAttention.withdraw(T0, CITIZEN));
    }

    @Test
    void aComplaintEndsWithItsFindingAndTheAnswerNotWithADocumentOrADenial() {
        CatalogService complaints = service("QUEJA", cau());
        complaints.setComplaint(true);
        ServiceRequest complaint = new ServiceRequest("SEI-2026000010", contributor(), complaints, "{}", "tok-queja", T0, T0);
        ManagementArea pensiones = new ManagementArea("PEN", "Departamento de Pensiones", "PWG");
        complaint.routeComplaint(pensiones, "Servicio: Pensión por vejez");
        assertSame(pensiones, complaint.getAreaInCharge());
        assertThrows(IllegalStateException.class, () -> complaint.routeComplaint(pensiones, "otra vez"));
        complaint.startAttention(T0, AGENT);

        assertRefused("error.complaint.resolveInstead", () -> complaint.answer(T0, AGENT));
        assertRefused("error.complaint.resolveInstead", () -> complaint.deny("No procede.", T0, AGENT));
        assertRefused("error.complaint.findingRequired", () -> complaint.resolveComplaint(null, "Texto", T0, AGENT));
        assertRefused("error.complaint.answerRequired",
                () -> complaint.resolveComplaint(ComplaintFinding.UPHELD, "  ", T0, AGENT));
        assertEquals(RequestStatus.IN_ATTENTION, complaint.getStatus());

        String answer = "Tiene razón, señora Peña: corregimos el cálculo y le devolvemos lo descontado en diciembre.";
        complaint.resolveComplaint(ComplaintFinding.UPHELD, answer, T0.plusDays(2), AGENT);
        assertEquals(RequestStatus.ATTENDED, complaint.getStatus());
        assertEquals(Resolution.ANSWERED, complaint.getResolution());
        assertEquals(T0.plusDays(2), complaint.getAttendedAt());
        assertEquals(ComplaintFinding.UPHELD, complaint.getComplaint().getFinding());
        assertEquals(answer, complaint.getComplaint().getAnswer());
        assertEquals("Procedente: " + answer, complaint.getHistory().get(complaint.getHistory().size() - 1).getNote());

        ServiceRequest ordinary = new ServiceRequest("SEI-2026000011", contributor(), service, "{}", "tok-otra", T0, T0);
        assertThrows(IllegalStateException.class, () -> ordinary.routeComplaint(pensiones, "Área: Pensiones"));
        ordinary.startAttention(T0, AGENT);
        assertRefused("error.complaint.notAComplaint",
                () -> ordinary.resolveComplaint(ComplaintFinding.NOT_UPHELD, "No procede.", T0, AGENT));
    }
}
