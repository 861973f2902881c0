package sv.gob.inpep.sesep.requests.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.notifications.entity.MailTemplateCode;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.PublicLinks;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.cluster.control.LeasedSweep;
import sv.gob.inpep.sesep.notifications.boundary.Notifications;
import sv.gob.inpep.sesep.requests.entity.CorrectionDeadline;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.tickets.entity.Ticket;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A request that waits on the citizen ends (the manual's activity 26): an observed request has
 * until its {@link CorrectionDeadline} to be fixed. A few business days before it runs out the
 * citizen gets a reminder, once; past it the request closes as desistida, is audited, the citizen
 * is told, and the service is free for a new request.
 * <p>
 * The timer fires on every node; the node holding the cluster lease sweeps ({@link LeasedSweep}).
 * Each request is handled in a transaction of its own under its row lock and re-checked there, so
 * a reminder goes out once and a request lapses once whatever sweeps overlap, and a fix the
 * citizen sends at the same moment either comes first (the request is no longer observed) or waits
 * for the lapse and is refused.
 */
@Stateless
// The server's own timer work; it touches only observed requests whose dates have come.
@PermitAll
public class CorrectionDeadlines {

    public static final String LEASE = "correction-deadlines";

    /** The lease outlasts a run (a few hundred mails queued at most), far less than the period. */
    static final Duration LEASE_TTL = Duration.ofMinutes(5);

    static final String ACTOR = "sistema";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    LeasedSweep sweep;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "correction-deadlines sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        sweep(LeasedSweep.thisNode());
    }

    /**
     * One sweep as {@code node}: reminders first, then lapses.
     *
     * @return how many requests were reminded or closed, or -1 when another node holds the lease
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(String node) {
        CorrectionDeadlines self = session.getBusinessObject(CorrectionDeadlines.class);
        return sweep.run(LEASE, LEASE_TTL, node, () -> {
            LocalDate today = LocalDate.now(clock);
            return sweep.handleEach(LEASE, due("ServiceRequest.correctionReminderDue", today), self::remind)
                    + sweep.handleEach(LEASE, due("ServiceRequest.correctionLapsed", today), self::lapse);
        });
    }

    /** Mails the reminder of one request, if it is still due once the request is locked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long requestId) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime now = LocalDateTime.now(clock);
        if (request == null || request.getStatus() != RequestStatus.OBSERVED
                || !request.getCorrection().isReminderDue(now.toLocalDate())) {
            return false;
        }
        request.remindOfCorrection(now.toLocalDate(), now);
        String dueOn = DAY.format(request.getCorrection().getDueOn());
        notifications.queue(MailTemplateCode.REQUEST_CORRECTION_REMINDER, request.getCitizen().getAccount().getEmail(), request, null,
                Map.of("correctionDueDate", dueOn, "link", links.request(request.getId())));
        audit.record(AuditAction.CORRECTION_REMINDED, request.getId(), null, null, "Plazo para subsanar hasta el " + dueOn);
        return true;
    }

    /**
     * Closes one request as desistida, if its time ran out and it is still observed once locked.
     * An agent who still holds its last ticket (observed, not yet closed) keeps it: the request
     * lapses at the next sweep after the ticket is closed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean lapse(long requestId) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime now = LocalDateTime.now(clock);
        if (request == null || request.getStatus() != RequestStatus.OBSERVED
                || !request.getCorrection().hasLapsed(now.toLocalDate()) || heldByAnAgent(request)) {
            return false;
        }
        request.lapse(now.toLocalDate(), now, ACTOR);
        String dueOn = DAY.format(request.getCorrection().getDueOn());
        notifications.queue(MailTemplateCode.REQUEST_LAPSED, request.getCitizen().getAccount().getEmail(), request, null,
                Map.of("correctionDueDate", dueOn, "link", links.request(request.getId())));
        audit.record(AuditAction.REQUEST_LAPSED, request.getId(), null, null,
                "Desistida: el plazo para subsanar venció el " + dueOn + " sin corrección");
        return true;
    }

    private List<Long> due(String namedQuery, LocalDate today) {
        return em.createNamedQuery(namedQuery, Long.class).setParameter("today", today).getResultList();
    }

    private boolean heldByAnAgent(ServiceRequest request) {
        return em.createNamedQuery("Ticket.byRequest", Ticket.class).setParameter("request", request)
                .getResultStream().anyMatch(t -> t.getStatus() == TicketStatus.ASSIGNED);
    }
}
