package sv.gob.inpep.sesep.notifications.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.config.PessimisticLock;
import org.eclipse.persistence.config.QueryHints;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One e-mail in the outbox. The row is written in the transaction that caused the mail and the JMS
 * message carries only its id, so a rolled-back change sends nothing and a mail-server outage
 * loses nothing: the row waits, and operators see it. The row is the truth about delivery: it
 * schedules its own retries ({@link #getNextAttemptAt}), whatever became of its JMS message.
 */
@Entity
@Table(name = "notification")
@Cacheable(false)
// A row locked for its delivery (SELECT ... FOR UPDATE). The lock is EclipseLink's hint, set once on
// the named query, so its SQL is prepared once: em.find with a lock mode, or a JPA lockMode here, has
// the query prepared and its SQL printed again on every call (6 % of a delivery's CPU time).
@NamedQuery(name = "Notification.locked", query = "SELECT n FROM Notification n WHERE n.id = :id",
        hints = @QueryHint(name = QueryHints.PESSIMISTIC_LOCK, value = PessimisticLock.Lock))
@NamedQuery(name = "Notification.byRequest",
        query = "SELECT n FROM Notification n WHERE n.request = :request ORDER BY n.queuedAt, n.id")
@NamedQuery(name = "Notification.byStatus",
        query = "SELECT n FROM Notification n WHERE n.status = :status ORDER BY n.queuedAt, n.id")
// The operator's outbox page, newest first: all, or one status. Two queries rather than
// ":status IS NULL OR ...", which PostgreSQL cannot type when the parameter is null.
@NamedQuery(name = "Notification.newestFirst",
        query = "SELECT n FROM Notification n LEFT JOIN FETCH n.request ORDER BY n.queuedAt DESC, n.id DESC")
@NamedQuery(name = "Notification.newestFirstWithStatus",
        query = "SELECT n FROM Notification n LEFT JOIN FETCH n.request WHERE n.status = :status"
                + " ORDER BY n.queuedAt DESC, n.id DESC")
// Rows the reconciliation puts on the queue again: queued long enough ago that their message must
// be lost, or due for a retry (notification_due_idx).
@NamedQuery(name = "Notification.due",
        query = "SELECT n.id FROM Notification n WHERE (n.status = :queued AND n.nextAttemptAt <= :stale)"
                + " OR (n.status = :retrying AND n.nextAttemptAt <= :now) ORDER BY n.nextAttemptAt")
@NamedQuery(name = "Notification.withStatusQueuedBetween",
        query = "SELECT n FROM Notification n WHERE n.status = :status AND n.queuedAt >= :from AND n.queuedAt < :until"
                + " ORDER BY n.queuedAt, n.id")
@NamedQuery(name = "Notification.countAll", query = "SELECT COUNT(n) FROM Notification n")
@NamedQuery(name = "Notification.countWithStatus",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.status = :status")
public class Notification {

    /**
     * Length of notification.parameters: the agent's observations or denial reasons (8,000
     * characters) as JSON, each character escaped to six at worst, with room for the rest.
     */
    public static final int MAX_PARAMETERS = 60_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "template_code", nullable = false, length = 40)
    private String templateCode;

    @Column(name = "recipient", nullable = false, length = 200)
    private String recipient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private UserAccount account;

    /** JSON: values the template needs besides the request's own. */
    @Column(name = "parameters", length = MAX_PARAMETERS)
    private String parameters;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private NotificationStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    /** Fixed at creation, so a resend after an unclear failure reaches the inbox as the same mail. */
    @Column(name = "message_id", nullable = false, unique = true, length = 200)
    private String messageId;

    @Column(name = "queued_at", nullable = false)
    private LocalDateTime queuedAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    /**
     * RETRYING: when the retry is due. QUEUED: when its message was sent; the reconciliation sends
     * another once the margin has passed. Null once final.
     */
    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    /** Start of the retry window: the queueing, or the operator's latest re-send. */
    @Column(name = "retry_from", nullable = false)
    private LocalDateTime retryFrom;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Notification() {
    }

    /**
     * @param request   the SEI the mail is about, if any
     * @param account   the account the mail is about (verification, reset), if any
     * @param messageId the Message-ID header, e.g. {@code <uuid@host>}
     */
    public Notification(String templateCode, String recipient, ServiceRequest request, UserAccount account,
                        String parameters, String messageId, LocalDateTime now) {
        this.templateCode = Texts.nonBlank(templateCode, "templateCode");
        this.recipient = Texts.nonBlank(recipient, "recipient");
        this.request = request;
        this.account = account;
        if (parameters != null && parameters.length() > MAX_PARAMETERS) {
            throw new IllegalArgumentException("parameters longer than " + MAX_PARAMETERS + " characters");
        }
        this.parameters = parameters;
        this.messageId = Texts.nonBlank(messageId, "messageId");
        this.queuedAt = Objects.requireNonNull(now, "now");
        this.status = NotificationStatus.QUEUED;
        this.nextAttemptAt = now;
        this.retryFrom = now;
    }

    /**
     * Delivered. A redelivered message finds the row SENT and must not send again, so sending twice
     * is a caller's mistake.
     */
    public void markSent(LocalDateTime now) {
        if (status == NotificationStatus.SENT) {
            throw new IllegalStateException("notification " + id + " already sent");
        }
        attempts++;
        this.status = NotificationStatus.SENT;
        this.sentAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = null;
        this.lastError = null;
    }

    /**
     * The mail server did not take the mail. A permanent refusal (the address does not exist) is
     * REJECTED at once; a temporary failure is RETRYING at the policy's next time, or FAILED for
     * good once that falls outside the retry window.
     */
    public void deliveryFailed(String error, boolean permanent, LocalDateTime now, RetryPolicy policy) {
        if (!status.isPending()) {
            throw new IllegalStateException("notification " + id + " is " + status);
        }
        attempts++;
        this.lastError = Texts.truncate(error == null || error.isBlank() ? "unknown error" : error, 2000);
        this.nextAttemptAt = permanent ? null : policy.nextAttempt(attempts, retryFrom, now);
        this.status = permanent ? NotificationStatus.REJECTED
                : nextAttemptAt == null ? NotificationStatus.FAILED : NotificationStatus.RETRYING;
    }

    /**
     * The reconciliation put the row's id on the queue again. A RETRYING row is not due again until
     * {@code messageGrace} has passed, as a QUEUED one is not (Notification.due), so the next run
     * does not send a second message while this one waits in the broker.
     */
    public void redispatch(LocalDateTime now, Duration messageGrace) {
        if (!status.isPending()) {
            throw new IllegalStateException("notification " + id + " is " + status);
        }
        this.nextAttemptAt = status == NotificationStatus.QUEUED ? now : now.plus(messageGrace);
    }

    /**
     * An operator sends a mail the system gave up on (or is still retrying) once more, now, with a
     * new retry window.
     */
    public void resend(LocalDateTime now) {
        if (status == NotificationStatus.SENT) {
            throw new IllegalStateException("notification " + id + " already sent");
        }
        this.status = NotificationStatus.QUEUED;
        this.nextAttemptAt = Objects.requireNonNull(now, "now");
        this.retryFrom = now;
    }

    /** The condition of Notification.due, checked again under the row lock. */
    public boolean isDue(LocalDateTime now, LocalDateTime stale) {
        return status == NotificationStatus.QUEUED ? !nextAttemptAt.isAfter(stale)
                : status == NotificationStatus.RETRYING && !nextAttemptAt.isAfter(now);
    }

    public boolean isSent() {
        return status == NotificationStatus.SENT;
    }

    public Long getId() {
        return id;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public String getRecipient() {
        return recipient;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getParameters() {
        return parameters;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public String getMessageId() {
        return messageId;
    }

    public LocalDateTime getQueuedAt() {
        return queuedAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public LocalDateTime getRetryFrom() {
        return retryFrom;
    }

    public long getVersion() {
        return version;
    }
}
