package sv.gob.inpep.sesep.supervision.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.PublicLinks;
import sv.gob.inpep.sesep.accounts.entity.Role;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.notifications.entity.MailTemplateCode;
import sv.gob.inpep.sesep.catalog.boundary.Holidays;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.cluster.control.LeasedSweep;
import sv.gob.inpep.sesep.notifications.boundary.Notifications;
import sv.gob.inpep.sesep.supervision.control.AreaScope;
import sv.gob.inpep.sesep.supervision.control.SupervisedAreas;
import sv.gob.inpep.sesep.supervision.control.TicketsAtRisk;
import sv.gob.inpep.sesep.supervision.entity.RiskDigest;
import sv.gob.inpep.sesep.supervision.entity.Supervisor;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The daily digest of tickets at risk ({@link TicketsAtRisk}) to each Jefatura: one mail per
 * supervisor, listing what is at risk in the areas they supervise, through the outbox. Sent on
 * business days only, once the configured hour has come ({@code sesep.supervision.digest-time},
 * institute time, default 07:00); a supervisor with nothing at risk gets no mail that day.
 * <p>
 * Once a day per cluster: the timer fires on every node and only the holder of the cluster lease
 * goes on; each supervisor's digest is written as a {@link RiskDigest} row, unique per supervisor
 * and day, in the transaction that queues the mail, so neither a second node nor a later run of
 * the same day sends it again.
 */
@Stateless
// The server's own timer work; what it reads goes only to each supervisor's own mailbox.
@PermitAll
public class RiskDigests {

    public static final String LEASE = "risk-digest";
    public static final MailTemplateCode TEMPLATE = MailTemplateCode.RISK_DIGEST;

    /** The timer's period below; the lease lasts a little less, so the holder renews it every run. */
    static final Duration LEASE_TTL = Duration.ofMinutes(9);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    LeasedSweep sweep;

    @Inject
    TicketsAtRisk ticketsAtRisk;

    @Inject
    Holidays holidays;

    @Inject
    Notifications notifications;

    @Inject
    PublicLinks links;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** When in the (institute's) day the digest goes out. */
    @Inject
    @ConfigProperty(name = "sesep.supervision.digest-time", defaultValue = "07:00")
    String digestTime;

    /** Off on a server that must mail no one on its own (the tests' server: they call {@link #send} with their own times). */
    @Inject
    @ConfigProperty(name = "sesep.supervision.digest-enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "risk digest")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        if (enabled) {
            send(LeasedSweep.thisNode(), LocalDateTime.now(clock));
        }
    }

    /**
     * The digests due at {@code now}, as {@code node}.
     *
     * @return how many digests were queued now, or -1 when another node holds the lease
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int send(String node, LocalDateTime now) {
        return sweep.run(LEASE, LEASE_TTL, node, () -> {
            LocalDate day = now.toLocalDate();
            if (now.toLocalTime().isBefore(LocalTime.parse(digestTime)) || !holidays.calendar(day, day).isBusinessDay(day)) {
                return 0;
            }
            RiskDigests self = session.getBusinessObject(RiskDigests.class);
            return sweep.handleEach(LEASE, em.createQuery("SELECT s.accountId FROM Supervisor s", Long.class)
                    .getResultList(), accountId -> self.sendTo(accountId, day));
        });
    }

    /**
     * One supervisor's digest of {@code day}, unless already done that day or the account cannot
     * be mailed (disabled, or no longer a supervisor).
     *
     * @return whether a mail was queued
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendTo(long accountId, LocalDate day) {
        UserAccount account = em.find(UserAccount.class, accountId);
        Supervisor supervisor = em.find(Supervisor.class, accountId);
        if (account == null || supervisor == null || !account.isEnabled() || !account.hasRole(Role.SUPERVISOR)
                || em.createNamedQuery("RiskDigest.countFor", Long.class).setParameter("accountId", accountId)
                        .setParameter("day", day).getSingleResult() > 0) {
            return false;
        }
        AreaScope scope = SupervisedAreas.scope(supervisor);
        RiskList risk = ticketsAtRisk.on(day, scope);
        em.persist(new RiskDigest(accountId, day, (int) risk.total(), LocalDateTime.now(clock)));
        if (risk.total() == 0) {
            return false;
        }
        notifications.queue(TEMPLATE, account.getEmail(), null, account, Map.of(
                "day", DAY.format(day),
                "count", String.valueOf(risk.total()),
                "withinDays", String.valueOf(risk.withinDays()),
                "areas", areaNames(scope),
                "items", lines(risk),
                "link", links.ticketsAtRisk()));
        audit.record(AuditAction.RISK_DIGEST_SENT, null, null, null, account.getUsername() + ": " + risk.total()
                + " tickets en riesgo (" + risk.overdue() + " vencidos) al " + DAY.format(day));
        return true;
    }

    private String areaNames(AreaScope scope) {
        return em.createNamedQuery("ManagementArea.active", ManagementArea.class).getResultStream()
                .filter(a -> scope.includes(a.getId())).map(ManagementArea::getName).collect(Collectors.joining(", "));
    }

    /** One heading per area and service, then its tickets, oldest filing first. */
    static String lines(RiskList risk) {
        StringBuilder text = new StringBuilder();
        for (RiskList.Group group : risk.groups()) {
            text.append(group.areaName()).append(" · ").append(group.serviceName()).append(" (plazo de ")
                    .append(group.targetDays()).append(" días hábiles): ").append(group.overdue()).append(" vencidos, ")
                    .append(group.dueSoon()).append(" por vencer\n");
            List<RiskList.Item> items = risk.items().stream()
                    .filter(i -> i.serviceCode().equals(group.serviceCode())).toList();
            for (RiskList.Item item : items) {
                text.append("  - ").append(item.ticketNumber()).append(", ").append(item.seiNumber())
                        .append(", presentada el ").append(DAY.format(item.filedAt())).append(", vence el ")
                        .append(DAY.format(item.dueDate())).append(": ").append(left(item)).append("; ")
                        .append(item.status() == TicketStatus.QUEUED ? "en cola" : "en atención por " + item.gestorCode())
                        .append('\n');
            }
        }
        if (risk.isTruncated()) {
            text.append("… y ").append(risk.total() - risk.items().size()).append(" más en el tablero.\n");
        }
        return text.toString().stripTrailing();
    }

    private static String left(RiskList.Item item) {
        int days = item.businessDaysLeft();
        if (item.overdue()) {
            return days == 0 ? "vencido" : "vencido hace " + -days + (days == -1 ? " día hábil" : " días hábiles");
        }
        return days == 0 ? "vence hoy" : "quedan " + days + (days == 1 ? " día hábil" : " días hábiles");
    }
}
