package sv.gob.inpep.sesep.notifications.boundary;

import sv.gob.inpep.sesep.audit.entity.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import sv.gob.inpep.sesep.FlatJson;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.notifications.entity.MailTemplateCode;
import sv.gob.inpep.sesep.notifications.entity.NotificationStatus;
import sv.gob.inpep.sesep.Resources;
import sv.gob.inpep.sesep.operations.health.QueueDepth;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.notifications.control.DeliverySettings;
import sv.gob.inpep.sesep.notifications.control.MailMessage;
import sv.gob.inpep.sesep.notifications.control.Mailer;
import sv.gob.inpep.sesep.notifications.control.TemplateRenderer;
import sv.gob.inpep.sesep.notifications.entity.MailBounce;
import sv.gob.inpep.sesep.notifications.entity.MailTemplate;
import sv.gob.inpep.sesep.notifications.entity.Notification;
import sv.gob.inpep.sesep.requests.entity.FilingReceipt;
import sv.gob.inpep.sesep.requests.entity.ReceiptKind;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.responses.entity.RequestResponse;
import sv.gob.inpep.sesep.tickets.entity.Ticket;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * Every e-mail SESEP sends. {@link #queue} writes the outbox row and puts its id on the
 * notifications queue in the caller's transaction: a rolled-back change sends nothing, a committed
 * one is never lost. {@link NotificationListener} then calls {@link #deliver}, which renders the
 * template stored in the database and hands the mail to the SMTP server once: a redelivered
 * message whose notification is already SENT sends nothing. A failed attempt is recorded on the
 * row: REJECTED at once when the server refused the address for good, otherwise RETRYING at its
 * back-off time, when {@link PendingNotifications} puts it on the queue again, until the retry
 * window ends (FAILED).
 */
@Stateless
public class Notifications {

    /** The property ActiveMQ Artemis sets on a dead letter: the address it was first sent to. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    /** WildFly's prefix of a JMS queue's address in the broker. */
    private static final String JMS_QUEUE_PREFIX = "jms.queue.";
    /** How long a receive from the dead-letter queue waits before taking it as empty. */
    private static final long RECEIVE_MILLIS = 500;

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());
    private static final String PDF = "application/pdf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource(lookup = Resources.NOTIFICATIONS_QUEUE)
    Queue queue;

    @Resource(lookup = Resources.REQUEST_CLOSING_QUEUE)
    Queue requestClosingQueue;

    @Resource(lookup = Resources.DEAD_LETTER_QUEUE)
    Queue deadLetterQueue;

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    DeliverySettings settings;

    /**
     * Queues one e-mail. Called by other boundaries inside their transactions.
     *
     * @param request    the SEI it is about, or null (account e-mails)
     * @param account    the account it is about, or null
     * @param parameters template values besides those taken from the request
     * @return the notification's id
     */
    @PermitAll
    public long queue(MailTemplateCode template, String recipient, ServiceRequest request, UserAccount account,
                      Map<String, String> parameters) {
        Notification notification = new Notification(template.name(), recipient, request, account,
                FlatJson.toJson(parameters), "<" + UUID.randomUUID() + "@sesep.inpep.gob.sv>", now());
        em.persist(notification);
        em.flush();
        send(notification.getId());
        return notification.getId();
    }

    /**
     * Sends a notification's mail unless it was sent already or given up, in a transaction of its
     * own: once it commits, the notification is SENT whatever happens to the message's
     * acknowledgement, so a redelivery sends nothing. The row lock, held while the SMTP server is
     * talked to, keeps the listener, the reconciliation and an operator's re-send from mailing the
     * same thing twice. A failure is recorded on the row in the same transaction.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long notificationId) {
        Notification notification = locked(notificationId);
        if (notification == null) {
            LOG.warning(() -> "Notification " + notificationId + " does not exist; nothing to send");
            return;
        }
        if (!notification.getStatus().isPending()) {
            return;
        }
        try {
            mailer.send(render(notification));
            notification.markSent(now());
            MailBounce bounce = em.find(MailBounce.class, MailBounce.key(notification.getRecipient()));
            if (bounce != null) {
                em.remove(bounce);
            }
        } catch (MessagingException | RuntimeException e) {
            boolean permanent = e instanceof MessagingException m && Mailer.isPermanent(m);
            notification.deliveryFailed(describe(e), permanent, now(), settings.retryPolicy());
            LOG.warning(() -> "Notification " + notificationId + " not delivered (" + notification.getStatus() + "): " + describe(e));
            if (permanent) {
                bounced(notification.getRecipient(), notification.getLastError());
            }
        }
    }

    /**
     * The reconciliation: puts the ids of due rows on the notifications queue again, for the
     * listener's sessions to deliver in parallel. Due are RETRYING rows whose back-off has passed and
     * QUEUED rows older than the reconciliation margin (their JMS message is lost, or has been
     * waiting that long), oldest first. Each is locked and checked again, so a row that the listener
     * is delivering right now is left alone.
     *
     * @return how many were put on the queue
     */
    @PermitAll
    public int redispatchDue(int max) {
        LocalDateTime now = now();
        LocalDateTime stale = now.minus(settings.reconcileAfter());
        List<Long> due = em.createNamedQuery("Notification.due", Long.class)
                .setParameter("queued", NotificationStatus.QUEUED)
                .setParameter("retrying", NotificationStatus.RETRYING)
                .setParameter("stale", stale)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        int dispatched = 0;
        for (Long id : due) {
            Notification notification = locked(id);
            if (notification != null && notification.isDue(now, stale)) {
                notification.redispatch(now, settings.reconcileAfter());
                send(id);
                dispatched++;
            }
        }
        return dispatched;
    }

    /** An operator sends a notification that is not delivered yet again, now (the outbox page). */
    @RolesAllowed("ADMIN")
    public void resend(long notificationId) {
        Notification notification = locked(notificationId);
        if (notification == null) {
            throw new NotFound("error.notification.notFound");
        }
        if (notification.isSent()) {
            throw new RuleViolation("error.notification.alreadySent");
        }
        notification.resend(now());
        send(notificationId);
        audit.record(AuditAction.NOTIFICATION_RESENT, requestId(notification), null, null,
                notification.getTemplateCode() + " → " + notification.getRecipient());
    }

    /**
     * After an outage outlasted the retry window: every mail FAILED for good that was queued from
     * {@code from} to {@code to} (whole days) is sent again, with a new retry window.
     *
     * @return how many were re-sent
     */
    @RolesAllowed("ADMIN")
    public int resendFailed(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new RuleViolation("error.notification.periodRequired");
        }
        if (to.isBefore(from)) {
            throw new RuleViolation("error.notification.periodReversed");
        }
        List<Notification> failed = em.createNamedQuery("Notification.withStatusQueuedBetween", Notification.class)
                .setParameter("status", NotificationStatus.FAILED)
                .setParameter("from", from.atStartOfDay())
                .setParameter("until", to.plusDays(1).atStartOfDay())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        LocalDateTime now = now();
        for (Notification notification : failed) {
            notification.resend(now);
            send(notification.getId());
        }
        audit.record(AuditAction.NOTIFICATIONS_RESENT, null, null, null, failed.size() + " correos fallidos en cola del "
                + from.format(DAY) + " al " + to.format(DAY));
        return failed.size();
    }

    /** The outbox, newest first; {@code status} null for all. */
    @RolesAllowed("ADMIN")
    public List<NotificationView> outbox(NotificationStatus status, int first, int max) {
        TypedQuery<Notification> query = status == null
                ? em.createNamedQuery("Notification.newestFirst", Notification.class)
                : em.createNamedQuery("Notification.newestFirstWithStatus", Notification.class)
                        .setParameter("status", status);
        List<Notification> page = query.setFirstResult(first).setMaxResults(max).getResultList();
        Set<String> bouncing = page.isEmpty() ? Set.of()
                : em.createNamedQuery("MailBounce.among", MailBounce.class)
                        .setParameter("emails", page.stream().map(n -> MailBounce.key(n.getRecipient())).distinct().toList())
                        .getResultStream().map(MailBounce::getEmail).collect(Collectors.toSet());
        return page.stream()
                .map(n -> new NotificationView(n.getId(), n.getTemplateCode(), n.getRecipient(),
                        bouncing.contains(MailBounce.key(n.getRecipient())),
                        n.getRequest() == null ? null : n.getRequest().getSeiNumber(), n.getStatus(),
                        n.getAttempts(), n.getLastError(), n.getQueuedAt(), n.getNextAttemptAt(), n.getSentAt()))
                .toList();
    }

    @RolesAllowed("ADMIN")
    public long count(NotificationStatus status) {
        return status == null
                ? em.createNamedQuery("Notification.countAll", Long.class).getSingleResult()
                : em.createNamedQuery("Notification.countWithStatus", Long.class).setParameter("status", status)
                        .getSingleResult();
    }

    /**
     * Messages in SesepDLQ: deliveries the broker gave up on after its redeliveries, counted up to
     * {@link QueueDepth#LIMIT} (that number means "that many or more").
     */
    @RolesAllowed("ADMIN")
    public long deadLetters() {
        return QueueDepth.count(jms, deadLetterQueue);
    }

    /**
     * Puts every dead letter back on the queue it came from (SesepDLQ holds those of the
     * notifications and of the request-closing queue alike), once the cause is fixed: a message the
     * broker gave up on after a database outage, say. Received and re-sent in this transaction, so
     * a message is moved, never lost or doubled; those from any other address stay. At most
     * {@link QueueDepth#LIMIT} per call.
     *
     * @return how many were put back
     */
    @RolesAllowed("ADMIN")
    public int retryDeadLetters() {
        int moved = 0;
        for (Queue origin : List.of(queue, requestClosingQueue)) {
            try (JMSConsumer consumer = jms.createConsumer(deadLetterQueue, ORIGINAL_ADDRESS + " = '" + address(origin) + "'")) {
                // The limit is checked before each receive: a message received is always sent on.
                Message message;
                while (moved < QueueDepth.LIMIT && (message = consumer.receive(RECEIVE_MILLIS)) != null) {
                    jms.createProducer().send(origin, message);
                    moved++;
                }
            }
        }
        audit.record(AuditAction.DEAD_LETTERS_RETRIED, null, null, null, moved + " mensajes devueltos a su cola");
        return moved;
    }

    /**
     * Drops the dead letters an operator has looked into and given up on (a message nobody can
     * read). What a dropped notification was to send stays in its outbox row.
     *
     * @return how many were dropped, at most {@link QueueDepth#LIMIT}
     */
    @RolesAllowed("ADMIN")
    public int discardDeadLetters() {
        int dropped = 0;
        try (JMSConsumer consumer = jms.createConsumer(deadLetterQueue)) {
            while (dropped < QueueDepth.LIMIT && consumer.receive(RECEIVE_MILLIS) != null) {
                dropped++;
            }
        }
        audit.record(AuditAction.DEAD_LETTERS_DISCARDED, null, null, null, dropped + " mensajes descartados");
        return dropped;
    }

    /** The broker's name of a queue's address, as it records it on a dead letter. */
    private static String address(Queue queue) {
        try {
            String name = queue.getQueueName();
            return name.startsWith(JMS_QUEUE_PREFIX) ? name : JMS_QUEUE_PREFIX + name;
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage());
        }
    }

    /** Marks an address the mail server refused for good, for staff to see. */
    private void bounced(String recipient, String reason) {
        MailBounce bounce = em.find(MailBounce.class, MailBounce.key(recipient));
        if (bounce == null) {
            em.persist(new MailBounce(recipient, reason, now()));
        } else {
            bounce.again(reason, now());
        }
    }

    /** The notification, locked until the transaction ends; null if there is none. */
    private Notification locked(long notificationId) {
        return em.createNamedQuery("Notification.locked", Notification.class).setParameter("id", notificationId)
                .getResultStream().findFirst().orElse(null);
    }

    private static Long requestId(Notification notification) {
        return notification.getRequest() == null ? null : notification.getRequest().getId();
    }

    private void send(long notificationId) {
        jms.createProducer().send(queue, notificationId);
    }

    private MailMessage render(Notification notification) {
        MailTemplate template = em.createNamedQuery("MailTemplate.forRendering", MailTemplate.class)
                .setParameter("code", notification.getTemplateCode())
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No mail template " + notification.getTemplateCode()));
        Map<String, String> values = values(notification);
        return new MailMessage(notification.getMessageId(), notification.getRecipient(),
                TemplateRenderer.plain(template.getSubject(), values),
                TemplateRenderer.html(template.getBodyHtml(), values),
                TemplateRenderer.plain(template.getBodyText(), values),
                attachments(notification));
    }

    /**
     * What goes with the mail: the Comprobante and the ticket of the latest filing (activity 0:
     * the citizen gets both at once), or the stamped answer (activity 22).
     */
    private List<MailMessage.Attachment> attachments(Notification notification) {
        ServiceRequest request = notification.getRequest();
        if (request == null) {
            return List.of();
        }
        switch (notification.getTemplateCode()) {
            case "REQUEST_FILED", "REQUEST_RESUBMITTED" -> {
                List<FilingReceipt> receipts = em.createNamedQuery("FilingReceipt.byRequest", FilingReceipt.class)
                        .setParameter("request", request).getResultList();
                if (receipts.isEmpty()) {
                    return List.of();
                }
                Ticket latest = receipts.get(receipts.size() - 1).getTicket();
                return receipts.stream()
                        .filter(r -> r.getTicket().equals(latest))
                        .map(r -> new MailMessage.Attachment(receiptFileName(r), PDF, r.getContent()))
                        .toList();
            }
            case "REQUEST_ANSWERED" -> {
                return em.createNamedQuery("RequestResponse.byRequest", RequestResponse.class)
                        .setParameter("request", request).setMaxResults(1).getResultStream()
                        .map(r -> new MailMessage.Attachment(r.getFileName(), PDF, r.getContent()))
                        .toList();
            }
            default -> {
                return List.of();
            }
        }
    }

    private static String receiptFileName(FilingReceipt receipt) {
        String sei = receipt.getRequest().getSeiNumber().replace("-", "");
        return receipt.getKind() == ReceiptKind.RECEIPT
                ? "Comprobante " + sei + ".pdf"
                : "Ticket " + receipt.getTicket().getNumber() + ".pdf";
    }

    private Map<String, String> values(Notification notification) {
        Map<String, String> values = new HashMap<>();
        ServiceRequest request = notification.getRequest();
        if (request != null) {
            values.put("seiNumber", request.getSeiNumber());
            values.put("serviceName", request.getService().getName());
            values.put("citizenName", request.getCitizen().getAccount().getFullName());
        } else if (notification.getAccount() != null) {
            values.put("citizenName", notification.getAccount().getFullName());
        }
        // The moment of the event the mail reports: the row is written in that event's transaction
        // (answer, observation, denial, closing, reset request). A filing's mail shows the filing
        // time printed on its Comprobante. A re-send keeps the event's date.
        values.put("date", DATE.format(request != null && "REQUEST_FILED".equals(notification.getTemplateCode())
                ? request.getFiledAt() : notification.getQueuedAt()));
        values.putAll(FlatJson.fromJson(notification.getParameters()));
        return values;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e) : e + " / " + root;
    }
}
