package sv.gob.inpep.sesep.catalog.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.catalog.control.BusinessCalendar;
import sv.gob.inpep.sesep.catalog.entity.Holiday;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The holiday calendar the administrator keeps, and the {@link BusinessCalendar} built from it,
 * the one place that knows which days count for service levels.
 */
@Stateless
public class Holidays {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @PermitAll
    public List<HolidayView> between(LocalDate from, LocalDate to) {
        return holidays(from, to).stream()
                .map(h -> new HolidayView(h.getId(), h.getDate(), h.getName()))
                .toList();
    }

    /** Business days from {@code from} to {@code to}: weekends and these holidays do not count. */
    @PermitAll
    public BusinessCalendar calendar(LocalDate from, LocalDate to) {
        return new BusinessCalendar(holidays(from, to).stream().map(Holiday::getDate).collect(Collectors.toSet()));
    }

    @RolesAllowed("ADMIN")
    public HolidayView add(LocalDate date, String name) {
        if (date == null) {
            throw new RuleViolation("error.holiday.dateRequired");
        }
        if (!holidays(date, date).isEmpty()) {
            throw new RuleViolation("error.holiday.duplicate", date);
        }
        Holiday holiday = new Holiday(date, Texts.required(name, 120, "error.holiday.nameRequired"));
        em.persist(holiday);
        em.flush();
        audit.record(AuditAction.HOLIDAY_ADDED, null, null, null, date + " " + holiday.getName());
        return new HolidayView(holiday.getId(), holiday.getDate(), holiday.getName());
    }

    @RolesAllowed("ADMIN")
    public void remove(long id) {
        Holiday holiday = em.find(Holiday.class, id);
        if (holiday == null) {
            throw new NotFound("error.holiday.notFound");
        }
        em.remove(holiday);
        audit.record(AuditAction.HOLIDAY_REMOVED, null, null, null, holiday.getDate() + " " + holiday.getName());
    }

    private List<Holiday> holidays(LocalDate from, LocalDate to) {
        return em.createNamedQuery("Holiday.between", Holiday.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
