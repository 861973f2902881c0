package sv.gob.inpep.sesep.requests.control;

import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.accounts.entity.Role;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.catalog.control.BusinessCalendar;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.catalog.entity.ServiceCategory;
import sv.gob.inpep.sesep.registry.entity.Affiliate;
import sv.gob.inpep.sesep.registry.entity.AffiliateQuality;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;
import sv.gob.inpep.sesep.requests.entity.CorrectionDeadline;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestClocksTest {

    // Holy Week 2026: Thursday 2 and Friday 3 April.
    private final BusinessCalendar calendar = new BusinessCalendar(Set.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3)));

    @Test
    void theCorrectionDeadlineCountsBusinessDaysAfterTheObservationAndTheReminderComesBeforeIt() {
        // Observed Monday 30 March: Tue 31, Wed 1, (Holy Thursday and Friday, weekend), Mon 6 ... Wed 15 is the 10th.
        CorrectionDeadline deadline = RequestClocks.correctionDeadline(10, 2, calendar, LocalDate.of(2026, 3, 30));
        assertEquals(LocalDate.of(2026, 4, 15), deadline.getDueOn());
        assertEquals(LocalDate.of(2026, 4, 13), deadline.getRemindOn(), "two business days before: Monday 13");
        assertNull(RequestClocks.correctionDeadline(2, 2, calendar, LocalDate.of(2026, 3, 30)).getRemindOn(),
                "no reminder on the observation day itself: the observation mail states the deadline");
        assertNull(RequestClocks.correctionDeadline(10, 0, calendar, LocalDate.of(2026, 3, 30)).getRemindOn(), "reminders off");
    }

    @Test
    void theStatutoryClockStopsWhileObservedOnlyWhenTheServiceSaysSo() {
        CatalogService pausing = service(true);
        CatalogService running = service(false);
        LocalDateTime filed = LocalDateTime.of(2026, 3, 23, 9, 0);          // Monday
        LocalDateTime observed = LocalDateTime.of(2026, 3, 25, 9, 0);       // Wednesday
        LocalDateTime fixed = LocalDateTime.of(2026, 3, 30, 9, 0);          // Monday: Thu 26, Fri 27, Mon 30 paused
        ServiceRequest paused = observedAndFixed(pausing, filed, observed, fixed);
        ServiceRequest notPaused = observedAndFixed(running, filed, observed, fixed);

        DueDates withPause = RequestClocks.dueDates(paused, calendar, LocalDate.of(2026, 3, 31));
        DueDates withoutPause = RequestClocks.dueDates(notPaused, calendar, LocalDate.of(2026, 3, 31));
        assertEquals(LocalDate.of(2026, 3, 30), withPause.targetDueOn(), "the target (5) counts observed time");
        assertEquals(withPause.targetDueOn(), withoutPause.targetDueOn());
        assertEquals(LocalDate.of(2026, 4, 22), withoutPause.statutoryDueOn(), "20 business days, Holy Week not counted");
        assertEquals(3, withPause.pausedBusinessDays());
        assertEquals(LocalDate.of(2026, 4, 27), withPause.statutoryDueOn(), "three business days later");
        assertEquals(0, withoutPause.pausedBusinessDays());
        assertFalse(withPause.statutoryPaused());
        assertEquals(-1, withPause.targetDaysLeft(), "one business day overdue");
    }

    @Test
    void whileObservedThePausedDateMovesOnAndTheCorrectionDeadlineIsShown() {
        ServiceRequest request = filed(service(true), LocalDateTime.of(2026, 3, 23, 9, 0));
        request.startAttention(LocalDateTime.of(2026, 3, 25, 9, 0), "g001");
        request.observe("Falta el DUI.", new CorrectionDeadline(LocalDate.of(2026, 4, 10), null),
                LocalDateTime.of(2026, 3, 25, 9, 5), "g001");
        DueDates friday = RequestClocks.dueDates(request, calendar, LocalDate.of(2026, 3, 27));
        assertTrue(friday.statutoryPaused());
        assertEquals(2, friday.pausedBusinessDays());
        assertEquals(LocalDate.of(2026, 4, 24), friday.statutoryDueOn());
        assertEquals(LocalDate.of(2026, 4, 10), friday.correctionDueOn());
    }

    private static ServiceRequest observedAndFixed(CatalogService service, LocalDateTime filed, LocalDateTime observed,
                                                   LocalDateTime fixed) {
        ServiceRequest request = filed(service, filed);
        request.startAttention(observed, "g001");
        request.observe("Falta el DUI.", new CorrectionDeadline(observed.toLocalDate().plusDays(20), null), observed, "g001");
        request.resubmit("Listo.", fixed, "luis");
        return request;
    }

    private static ServiceRequest filed(CatalogService service, LocalDateTime at) {
        Affiliate affiliate = new Affiliate() {
            @Override
            public AffiliateQuality getQuality() {
                return AffiliateQuality.CONTRIBUTOR;
            }
        };
        Citizen citizen = Citizen.holder(new UserAccount("luis", "$2a$10$hash", "luis@example.sv", "Luis", Role.CIUDADANO, at),
                affiliate, null, at);
        return new ServiceRequest("SEI-2026000001", citizen, service, null, "tok", at, at);
    }

    private static CatalogService service(boolean pausedWhenObserved) {
        CatalogService service = new CatalogService("CTT", "Constancia de tiempo de servicio",
                new ServiceCategory("CONST", "Constancias", 1), new ManagementArea("CAU", "Centro de Atención al Usuario", "CWG"),
                5, EnumSet.allOf(ApplicantKind.class));
        service.setStatutoryBusinessDays(20);
        service.setStatutoryPausedWhenObserved(pausedWhenObserved);
        return service;
    }
}
