package sv.gob.inpep.sesep.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.catalog.boundary.Holidays;
import sv.gob.inpep.sesep.catalog.control.BusinessCalendar;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Niveles de servicio": how the requests filed in a period fared against each service's target
 * in business days ({@link BusinessCalendar}, with the holidays the administrator keeps), and what
 * each agent resolved in the period. A request's days run from its filing to its attention
 * (answer or denial), observed time included: the citizen waits for an answer all along. A request
 * closed as desistida (withdrawn, or its correction's time ran out) is neither attended nor
 * overdue: it is counted apart.
 */
@Stateless
@RolesAllowed("SUPERVISOR")
public class ServiceLevels {

    /** Longest period one report covers. */
    static final long MAX_DAYS = 366;

    static final String REQUESTS_JPQL = "SELECT r.id, a.id, a.name, s.code, s.name, s.slaBusinessDays, r.filedAt,"
            + " r.attendedAt, r.resolution FROM ServiceRequest r JOIN r.service s JOIN s.area a"
            + " WHERE r.filedAt >= :from AND r.filedAt < :until";
    static final String OBSERVED_JPQL = "SELECT DISTINCT c.request.id FROM RequestStatusChange c WHERE c.toStatus = :observed"
            + " AND c.request.filedAt >= :from AND c.request.filedAt < :until";
    static final String RATINGS_JPQL = "SELECT v.request.id, v.rating FROM SatisfactionSurvey v WHERE v.rating IS NOT NULL"
            + " AND v.request.filedAt >= :from AND v.request.filedAt < :until";
    static final String TICKETS_JPQL = "SELECT ar.id, ar.name, ag.gestorCode, ag.fullName, t.outcome, t.queuedAt, t.assignedAt,"
            + " t.outcomeAt FROM Ticket t JOIN t.agent ag JOIN ag.area ar WHERE t.outcomeAt >= :from AND t.outcomeAt < :until";

    @PersistenceContext
    EntityManager em;

    @Inject
    Holidays holidays;

    @Inject
    Clock clock;

    /** The report for the days {@code from} to {@code to} (both included), every area or only {@code areaId}'s. */
    public ServiceLevelReport report(LocalDate from, LocalDate to, Long areaId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation("error.serviceLevels.period");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RuleViolation("error.serviceLevels.tooLong", MAX_DAYS);
        }
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime until = to.plusDays(1).atStartOfDay();
        LocalDate today = LocalDate.now(clock);
        BusinessCalendar calendar = holidays.calendar(from, today.isAfter(to) ? today : to);
        return new ServiceLevelReport(from, to, areaId, services(start, until, areaId, calendar, today),
                agents(start, until, areaId));
    }

    private List<ServiceLevelReport.ServiceLine> services(LocalDateTime start, LocalDateTime until, Long areaId,
                                                          BusinessCalendar calendar, LocalDate today) {
        Set<Long> observed = new HashSet<>(em.createQuery(OBSERVED_JPQL, Long.class)
                .setParameter("observed", RequestStatus.OBSERVED).setParameter("from", start).setParameter("until", until)
                .getResultList());
        Map<Long, Integer> ratings = new HashMap<>();
        em.createQuery(RATINGS_JPQL, Object[].class).setParameter("from", start).setParameter("until", until)
                .getResultStream().forEach(row -> ratings.put((Long) row[0], ((Number) row[1]).intValue()));
        Map<String, ServiceTally> tallies = new LinkedHashMap<>();
        em.createQuery(REQUESTS_JPQL, Object[].class).setParameter("from", start).setParameter("until", until)
                .getResultStream()
                .filter(row -> areaId == null || areaId.equals(row[1]))
                .forEach(row -> tallies.computeIfAbsent((String) row[3],
                                code -> new ServiceTally((String) row[2], code, (String) row[4], ((Number) row[5]).intValue()))
                        .add((Long) row[0], (LocalDateTime) row[6], (LocalDateTime) row[7], (Resolution) row[8], observed,
                                ratings, calendar, today));
        return tallies.values().stream().map(ServiceTally::line)
                .sorted(Comparator.comparing(ServiceLevelReport.ServiceLine::areaName)
                        .thenComparing(ServiceLevelReport.ServiceLine::serviceName))
                .toList();
    }

    private List<ServiceLevelReport.AgentLine> agents(LocalDateTime start, LocalDateTime until, Long areaId) {
        Map<String, AgentTally> tallies = new LinkedHashMap<>();
        em.createQuery(TICKETS_JPQL, Object[].class).setParameter("from", start).setParameter("until", until)
                .getResultStream()
                .filter(row -> areaId == null || areaId.equals(row[0]))
                .forEach(row -> tallies.computeIfAbsent((String) row[2], code -> new AgentTally((String) row[1], code, (String) row[3]))
                        .add((TicketOutcome) row[4], (LocalDateTime) row[5], (LocalDateTime) row[6], (LocalDateTime) row[7]));
        return tallies.values().stream().map(AgentTally::line)
                .sorted(Comparator.comparing(ServiceLevelReport.AgentLine::areaName)
                        .thenComparing(ServiceLevelReport.AgentLine::gestorCode))
                .toList();
    }

    /** Counts for one service while the rows go by. */
    private static final class ServiceTally {
        private final String areaName;
        private final String code;
        private final String name;
        private final int targetDays;
        private long filed;
        private long attended;
        private long withinTarget;
        private long overdue;
        private long businessDays;
        private long observed;
        private long denied;
        private long withdrawn;
        private long ratingSum;
        private long ratings;

        ServiceTally(String areaName, String code, String name, int targetDays) {
            this.areaName = areaName;
            this.code = code;
            this.name = name;
            this.targetDays = targetDays;
        }

        void add(long requestId, LocalDateTime filedAt, LocalDateTime attendedAt, Resolution resolution, Set<Long> observedIds,
                 Map<Long, Integer> ratingById, BusinessCalendar calendar, LocalDate today) {
            filed++;
            if (resolution == Resolution.WITHDRAWN) {
                withdrawn++;
            } else if (attendedAt != null) {
                int days = calendar.businessDaysBetween(filedAt.toLocalDate(), attendedAt.toLocalDate());
                attended++;
                businessDays += days;
                if (days <= targetDays) {
                    withinTarget++;
                }
            } else if (calendar.businessDaysBetween(filedAt.toLocalDate(), today) > targetDays) {
                overdue++;
            }
            if (observedIds.contains(requestId)) {
                observed++;
            }
            if (resolution == Resolution.DENIED) {
                denied++;
            }
            Integer rating = ratingById.get(requestId);
            if (rating != null) {
                ratingSum += rating;
                ratings++;
            }
        }

        ServiceLevelReport.ServiceLine line() {
            return new ServiceLevelReport.ServiceLine(areaName, code, name, targetDays, filed, attended, withinTarget, overdue,
                    attended == 0 ? null : (double) businessDays / attended, observed, denied, withdrawn,
                    ratings == 0 ? null : (double) ratingSum / ratings, ratings);
        }
    }

    /** Counts for one agent while the rows go by. */
    private static final class AgentTally {
        private final String areaName;
        private final String gestorCode;
        private final String fullName;
        /** Per ticket: seconds waiting in the queue, seconds in attention until the outcome. */
        private final List<long[]> times = new ArrayList<>();
        private long answered;
        private long observed;
        private long denied;

        AgentTally(String areaName, String gestorCode, String fullName) {
            this.areaName = areaName;
            this.gestorCode = gestorCode;
            this.fullName = fullName;
        }

        void add(TicketOutcome outcome, LocalDateTime queuedAt, LocalDateTime assignedAt, LocalDateTime outcomeAt) {
            switch (outcome) {
                case ANSWERED -> answered++;
                case OBSERVED -> observed++;
                case DENIED -> denied++;
                default -> throw new IllegalStateException("outcome " + outcome);
            }
            times.add(new long[]{Duration.between(queuedAt, assignedAt).toSeconds(),
                Duration.between(assignedAt, outcomeAt).toSeconds()});
        }

        ServiceLevelReport.AgentLine line() {
            double waits = times.stream().mapToLong(m -> m[0]).average().orElse(0) / 60;
            double attention = times.stream().mapToLong(m -> m[1]).average().orElse(0) / 60;
            return new ServiceLevelReport.AgentLine(gestorCode, fullName, areaName, answered + observed + denied, answered,
                    observed, denied, waits, attention);
        }
    }
}
