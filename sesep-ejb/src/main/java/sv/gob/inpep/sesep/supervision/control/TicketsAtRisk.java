package sv.gob.inpep.sesep.supervision.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sv.gob.inpep.sesep.catalog.boundary.Holidays;
import sv.gob.inpep.sesep.catalog.control.BusinessCalendar;
import sv.gob.inpep.sesep.supervision.boundary.RiskList;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the tickets at risk of missing their service's target: waiting or in attention, and due
 * (the last business day within target, counted from the filing as the service levels count it)
 * within {@code sesep.supervision.risk-business-days} business days of the day asked about, or
 * overdue. Business days come from {@link BusinessCalendar} only.
 * <p>
 * The database is asked only for the tickets at risk, not for the whole queue (the board shows this
 * every few seconds, and a queue can hold a million tickets): a ticket is at risk exactly when its
 * filing is on or before a cut-off date that depends only on its service's target, so there is one
 * query per distinct target, each for the filings before its cut-off.
 */
@Dependent
public class TicketsAtRisk {

    static final String AT_RISK_JPQL = "SELECT t.id, t.number, r.id, r.seiNumber, a.id, a.name, s.code, s.name,"
            + " s.slaBusinessDays, r.filedAt, t.status, ag.gestorCode FROM Ticket t JOIN t.request r JOIN t.service s"
            + " JOIN t.area a LEFT JOIN t.agent ag WHERE t.status IN :open AND s.slaBusinessDays = :target"
            + " AND r.filedAt < :cutoff ORDER BY r.filedAt, t.id";

    private static final List<TicketStatus> OPEN = List.of(TicketStatus.QUEUED, TicketStatus.ASSIGNED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Holidays holidays;

    /** How many business days ahead a due date counts as at risk. */
    @Inject
    @ConfigProperty(name = "sesep.supervision.risk-business-days", defaultValue = "2")
    int withinDays;

    /** The tickets at risk on {@code day} in the areas of {@code scope}. */
    public RiskList on(LocalDate day, AreaScope scope) {
        List<RiskList.Item> items = new ArrayList<>();
        if (!scope.isEmpty()) {
            List<Integer> targets = em.createQuery("SELECT DISTINCT s.slaBusinessDays FROM CatalogService s", Integer.class)
                    .getResultList();
            LocalDateTime oldest = time(em.createQuery("SELECT MIN(r.filedAt) FROM Ticket t JOIN t.request r WHERE t.status IN :open",
                    Object.class).setParameter("open", OPEN).getSingleResult());
            LocalDate from = oldest == null || oldest.toLocalDate().isAfter(day) ? day : oldest.toLocalDate();
            int longest = targets.stream().mapToInt(Integer::intValue).max().orElse(0);
            BusinessCalendar calendar = holidays.calendar(from.minusDays(2L * longest + 31), day.plusYears(1));
            // Due on or before this day: at most withinDays business days after the day asked about.
            LocalDate limit = calendar.plusBusinessDays(day, withinDays + 1).minusDays(1);
            for (int target : targets) {
                em.createQuery(AT_RISK_JPQL, Object[].class).setParameter("open", OPEN).setParameter("target", target)
                        .setParameter("cutoff", lastFiling(calendar, target, limit).plusDays(1).atStartOfDay())
                        .getResultStream()
                        .filter(row -> scope.includes((Long) row[4]))
                        .forEach(row -> {
                            LocalDateTime filedAt = time(row[9]);
                            LocalDate due = calendar.plusBusinessDays(filedAt.toLocalDate(), target);
                            boolean overdue = day.isAfter(due);
                            items.add(new RiskList.Item((Long) row[0], (String) row[1], (Long) row[2], (String) row[3],
                                    (String) row[5], (String) row[6], (String) row[7], target, filedAt, due,
                                    calendar.businessDaysBetween(day, due), overdue, (TicketStatus) row[10], (String) row[11]));
                        });
            }
        }
        items.sort(Comparator.comparing(RiskList.Item::filedAt).thenComparing(RiskList.Item::ticketId));
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, RiskList.Item> firsts = new LinkedHashMap<>();
        List<RiskList.Item> shown = new ArrayList<>();
        for (RiskList.Item item : items) {
            String key = item.serviceCode();
            firsts.putIfAbsent(key, item);
            counts.computeIfAbsent(key, k -> new long[2])[item.overdue() ? 0 : 1]++;
            if (shown.size() < RiskList.MAX_SHOWN) {
                shown.add(item);
            }
        }
        List<RiskList.Group> groups = firsts.entrySet().stream()
                .map(e -> {
                    RiskList.Item first = e.getValue();
                    long[] n = counts.get(e.getKey());
                    return new RiskList.Group(first.areaName(), first.serviceCode(), first.serviceName(), first.targetDays(),
                            n[0], n[1], first.filedAt());
                })
                .sorted(Comparator.comparing(RiskList.Group::areaName).thenComparing(RiskList.Group::serviceName))
                .toList();
        return new RiskList(day, withinDays, groups, shown, items.size());
    }

    /** The latest filing date whose due date, {@code target} business days on, is not after {@code limit}. */
    static LocalDate lastFiling(BusinessCalendar calendar, int target, LocalDate limit) {
        LocalDate filed = limit;
        while (calendar.plusBusinessDays(filed, target).isAfter(limit)) {
            filed = filed.minusDays(1);
        }
        return filed;
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
