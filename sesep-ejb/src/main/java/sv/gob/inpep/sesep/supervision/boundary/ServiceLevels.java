package sv.gob.inpep.sesep.supervision.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.catalog.boundary.Holidays;
import sv.gob.inpep.sesep.catalog.control.BusinessCalendar;
import sv.gob.inpep.sesep.complaints.entity.ComplaintFinding;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.supervision.control.AreaScope;
import sv.gob.inpep.sesep.supervision.control.SupervisedAreas;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
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
 * (answer or denial), observed time included: the citizen waits for an answer all along. A
 * Jefatura sees only the areas it supervises ({@link SupervisedAreas}); the exports are made from
 * this report, so they hold no more than the page.
 * <p>
 * Complaints (queja o reclamo) are counted apart as well, per area answerable for them and month of
 * filing, against the complaint service's target and the complaints goal
 * ({@link ServiceLevelReport.ComplaintLine}); the area is the complaint's, so a Jefatura sees the
 * complaints about its own area.
 * <p>
 * Every resolution a request can end with is counted ({@link Resolution#values()}): a new one
 * shows in the report, its exports and its rates without a change here.
 */
@Stateless
@RolesAllowed("SUPERVISOR")
public class ServiceLevels {

    /** Longest period one report covers. */
    static final long MAX_DAYS = 366;

    /** The resolutions that attend a request (the service's target is met or missed by them). */
    static final Set<Resolution> ATTENDING = EnumSet.of(Resolution.ANSWERED, Resolution.DENIED);

    static final String REQUESTS_JPQL = "SELECT r.id, a.id, a.name, s.code, s.name, s.slaBusinessDays, r.filedAt,"
            + " r.attendedAt, r.resolution FROM ServiceRequest r JOIN r.service s JOIN s.area a"
            + " WHERE r.filedAt >= :from AND r.filedAt < :until";
    static final String OBSERVED_JPQL = "SELECT DISTINCT c.request.id FROM RequestStatusChange c WHERE c.toStatus = :observed"
            + " AND c.request.filedAt >= :from AND c.request.filedAt < :until";
    static final String RATINGS_JPQL = "SELECT v.request.id, v.rating, v.comment, v.answeredAt, v.request.seiNumber"
            + " FROM SatisfactionSurvey v WHERE v.rating IS NOT NULL"
            + " AND v.request.filedAt >= :from AND v.request.filedAt < :until";
    /** Per request filed in the period: when an agent first took it. */
    static final String FIRST_TAKE_JPQL = "SELECT t.request.id, MIN(x.assignedAt) FROM TicketAssignment x JOIN x.ticket t"
            + " WHERE t.request.filedAt >= :from AND t.request.filedAt < :until GROUP BY t.request.id";
    /** Per ticket of a request filed in the period that has an outcome: its request, when taken, when resolved. */
    static final String ATTENTIONS_JPQL = "SELECT t.request.id, t.assignedAt, t.outcomeAt FROM Ticket t"
            + " WHERE t.outcomeAt IS NOT NULL AND t.request.filedAt >= :from AND t.request.filedAt < :until";
    static final String TICKETS_JPQL = "SELECT ar.id, ar.name, ag.gestorCode, ag.fullName, t.outcome, t.queuedAt, t.assignedAt,"
            + " t.outcomeAt FROM Ticket t JOIN t.agent ag JOIN ag.area ar WHERE t.outcomeAt >= :from AND t.outcomeAt < :until";

    /** Complaints filed in the period, with the area answerable for each (a complaint transferred elsewhere is no longer one). */
    static final String COMPLAINTS_JPQL = "SELECT a.id, a.name, s.slaBusinessDays, r.filedAt, r.attendedAt, r.resolution,"
            + " r.complaint.finding FROM ServiceRequest r JOIN r.service s JOIN r.complaint.area a"
            + " WHERE s.complaint = TRUE AND r.filedAt >= :from AND r.filedAt < :until";

    @PersistenceContext
    EntityManager em;

    @Inject
    Holidays holidays;

    @Inject
    SupervisedAreas supervisedAreas;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * The report for the days {@code from} to {@code to} (both included), every area of the
     * supervisor's or only {@code areaId}'s (none when it is not theirs).
     */
    public ServiceLevelReport report(LocalDate from, LocalDate to, Long areaId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation("error.serviceLevels.period");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RuleViolation("error.serviceLevels.tooLong", MAX_DAYS);
        }
        AreaScope scope = supervisedAreas.of(session.getCallerPrincipal().getName()).narrowedTo(areaId);
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime until = to.plusDays(1).atStartOfDay();
        LocalDate today = LocalDate.now(clock);
        BusinessCalendar calendar = holidays.calendar(from, today.isAfter(to) ? today : to);
        List<ServiceLevelReport.Comment> comments = new ArrayList<>();
        return new ServiceLevelReport(from, to, areaId, services(start, until, scope, calendar, today, comments),
                agents(start, until, scope), comments, complaints(start, until, scope, calendar, today));
    }

    private List<ServiceLevelReport.ServiceLine> services(LocalDateTime start, LocalDateTime until, AreaScope scope,
                                                          BusinessCalendar calendar, LocalDate today,
                                                          List<ServiceLevelReport.Comment> comments) {
        Set<Long> observed = new HashSet<>(em.createQuery(OBSERVED_JPQL, Long.class)
                .setParameter("observed", RequestStatus.OBSERVED).setParameter("from", start).setParameter("until", until)
                .getResultList());
        Map<Long, Object[]> ratings = new HashMap<>();
        em.createQuery(RATINGS_JPQL, Object[].class).setParameter("from", start).setParameter("until", until)
                .getResultStream().forEach(row -> ratings.put((Long) row[0], row));
        Map<Long, LocalDateTime> firstTakes = new HashMap<>();
        em.createQuery(FIRST_TAKE_JPQL, Object[].class).setParameter("from", start).setParameter("until", until)
                .getResultStream().forEach(row -> firstTakes.put((Long) row[0], time(row[1])));
        Map<Long, List<Long>> attentionSeconds = new HashMap<>();
        em.createQuery(ATTENTIONS_JPQL, Object[].class).setParameter("from", start).setParameter("until", until)
                .getResultStream().forEach(row -> attentionSeconds.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(Duration.between(time(row[1]), time(row[2])).toSeconds()));
        Map<String, ServiceTally> tallies = new LinkedHashMap<>();
        em.createQuery(REQUESTS_JPQL, Object[].class).setParameter("from", start).setParameter("until", until)
                .getResultStream()
                .filter(row -> scope.includes((Long) row[1]))
                .forEach(row -> {
                    Long id = (Long) row[0];
                    ServiceTally tally = tallies.computeIfAbsent((String) row[3],
                            code -> new ServiceTally((String) row[2], code, (String) row[4], ((Number) row[5]).intValue()));
                    LocalDateTime filedAt = time(row[6]);
                    tally.add(filedAt, time(row[7]), (Resolution) row[8], observed.contains(id), calendar, today);
                    LocalDateTime firstTake = firstTakes.get(id);
                    if (firstTake != null) {
                        tally.waits.add(Duration.between(filedAt, firstTake).toSeconds());
                    }
                    tally.attentions.addAll(attentionSeconds.getOrDefault(id, List.of()));
                    Object[] rating = ratings.get(id);
                    if (rating != null) {
                        tally.rate(((Number) rating[1]).intValue());
                        if (rating[2] != null) {
                            comments.add(new ServiceLevelReport.Comment(tally.areaName, tally.name, (String) rating[4],
                                    ((Number) rating[1]).intValue(), (String) rating[2], time(rating[3])));
                        }
                    }
                });
        comments.sort(Comparator.comparing(ServiceLevelReport.Comment::areaName)
                .thenComparing(ServiceLevelReport.Comment::serviceName)
                .thenComparing(ServiceLevelReport.Comment::answeredAt, Comparator.reverseOrder()));
        return tallies.values().stream().map(ServiceTally::line)
                .sorted(Comparator.comparing(ServiceLevelReport.ServiceLine::areaName)
                        .thenComparing(ServiceLevelReport.ServiceLine::serviceName))
                .toList();
    }

    private List<ServiceLevelReport.AgentLine> agents(LocalDateTime start, LocalDateTime until, AreaScope scope) {
        Map<String, AgentTally> tallies = new LinkedHashMap<>();
        em.createQuery(TICKETS_JPQL, Object[].class).setParameter("from", start).setParameter("until", until)
                .getResultStream()
                .filter(row -> scope.includes((Long) row[0]))
                .forEach(row -> tallies.computeIfAbsent((String) row[2], code -> new AgentTally((String) row[1], code, (String) row[3]))
                        .add((TicketOutcome) row[4], time(row[5]), time(row[6]), time(row[7])));
        return tallies.values().stream().map(AgentTally::line)
                .sorted(Comparator.comparing(ServiceLevelReport.AgentLine::areaName)
                        .thenComparing(ServiceLevelReport.AgentLine::gestorCode))
                .toList();
    }

    private List<ServiceLevelReport.ComplaintLine> complaints(LocalDateTime start, LocalDateTime until, AreaScope scope,
                                                              BusinessCalendar calendar, LocalDate today) {
        Map<AreaMonth, long[]> tallies = new HashMap<>();
        em.createQuery(COMPLAINTS_JPQL, Object[].class).setParameter("from", start).setParameter("until", until)
                .getResultStream()
                .filter(row -> scope.includes((Long) row[0]))
                .forEach(row -> {
                    LocalDate filed = time(row[3]).toLocalDate();
                    // filed, resolved, within target, overdue, upheld
                    long[] t = tallies.computeIfAbsent(new AreaMonth((String) row[1], YearMonth.from(filed)), k -> new long[5]);
                    int target = ((Number) row[2]).intValue();
                    LocalDateTime resolvedAt = time(row[4]);
                    t[0]++;
                    if (row[6] != null && resolvedAt != null) {
                        t[1]++;
                        if (calendar.businessDaysBetween(filed, resolvedAt.toLocalDate()) <= target) {
                            t[2]++;
                        }
                        if (row[6] == ComplaintFinding.UPHELD) {
                            t[4]++;
                        }
                    } else if (row[5] == null && calendar.businessDaysBetween(filed, today) > target) {
                        t[3]++;
                    }
                });
        return tallies.entrySet().stream()
                .map(e -> new ServiceLevelReport.ComplaintLine(e.getKey().areaName(), e.getKey().month(), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4]))
                .sorted(Comparator.comparing(ServiceLevelReport.ComplaintLine::areaName)
                        .thenComparing(ServiceLevelReport.ComplaintLine::month))
                .toList();
    }

    /** Where the complaints KPI counts a complaint: its area and the month it was filed. */
    private record AreaMonth(String areaName, YearMonth month) {
    }

    private static LocalDateTime time(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }

    private static Double average(List<Long> values, double unitSeconds) {
        return values.isEmpty() ? null : values.stream().mapToLong(Long::longValue).average().orElseThrow() / unitSeconds;
    }

    /** Counts for one service while the rows go by. */
    private static final class ServiceTally {
        private final String areaName;
        private final String code;
        private final String name;
        private final int targetDays;
        private final Map<Resolution, Long> resolutions = new EnumMap<>(Resolution.class);
        /** Seconds from filing to the first take, per request taken. */
        private final List<Long> waits = new ArrayList<>();
        /** Seconds from take to outcome, per ticket resolved. */
        private final List<Long> attentions = new ArrayList<>();
        private long filed;
        private long attended;
        private long withinTarget;
        private long overdue;
        private long businessDays;
        private long observed;
        private long ratingSum;
        private long ratings;

        ServiceTally(String areaName, String code, String name, int targetDays) {
            this.areaName = areaName;
            this.code = code;
            this.name = name;
            this.targetDays = targetDays;
            for (Resolution resolution : Resolution.values()) {
                resolutions.put(resolution, 0L);
            }
        }

        void add(LocalDateTime filedAt, LocalDateTime attendedAt, Resolution resolution, boolean wasObserved,
                 BusinessCalendar calendar, LocalDate today) {
            filed++;
            if (attendedAt != null && ATTENDING.contains(resolution)) {
                int days = calendar.businessDaysBetween(filedAt.toLocalDate(), attendedAt.toLocalDate());
                attended++;
                businessDays += days;
                if (days <= targetDays) {
                    withinTarget++;
                }
            } else if (resolution == null && calendar.businessDaysBetween(filedAt.toLocalDate(), today) > targetDays) {
                overdue++;
            }
            if (wasObserved) {
                observed++;
            }
            if (resolution != null) {
                resolutions.merge(resolution, 1L, Long::sum);
            }
        }

        void rate(int rating) {
            ratingSum += rating;
            ratings++;
        }

        ServiceLevelReport.ServiceLine line() {
            return new ServiceLevelReport.ServiceLine(areaName, code, name, targetDays, filed, attended, withinTarget, overdue,
                    attended == 0 ? null : (double) businessDays / attended, observed,
                    resolutions.get(Resolution.DENIED), ratings == 0 ? null : (double) ratingSum / ratings, ratings,
                    Map.copyOf(resolutions), average(waits, 3600.0), average(attentions, 60.0));
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
                default -> {
                    return; // a ticket let go otherwise (a transfer, say) resolved nothing
                }
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
