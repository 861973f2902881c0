package sv.gob.inpep.sesep.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.Texts;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Who did what to which request, ticket or document, when and from where. Append-only: no
 * setters, no state changes. It refers to its subjects by id, not by relation, so that an event
 * can be recorded about anything (even a failed attempt on something that was never saved) and
 * is never in the way of the data it describes.
 */
@Entity
@Table(name = "audit_event")
@Cacheable(false)
@NamedQuery(name = "AuditEvent.byRequest",
        query = "SELECT e FROM AuditEvent e WHERE e.requestId = :requestId ORDER BY e.occurredAt, e.id")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 1000)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 60)
    private String actor;

    /** A stable code such as TICKET_ABANDONED, so reports can group by it. */
    @Column(name = "action", nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "request_id", updatable = false)
    private Long requestId;

    @Column(name = "ticket_id", updatable = false)
    private Long ticketId;

    @Column(name = "document_id", updatable = false)
    private Long documentId;

    @Column(name = "remote_address", updatable = false, length = 64)
    private String remoteAddress;

    @Column(name = "details", updatable = false, length = 4000)
    private String details;

    protected AuditEvent() {
    }

    /**
     * @param requestId     the SEI concerned, if any
     * @param ticketId      the ticket concerned, if any
     * @param documentId    the document concerned, if any
     * @param remoteAddress the client's address, if the action came from a client
     * @param details       free text; cut to fit rather than lose the event
     */
    public AuditEvent(LocalDateTime occurredAt, String actor, String action, Long requestId, Long ticketId,
                      Long documentId, String remoteAddress, String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Texts.truncate(Texts.nonBlank(actor, "actor"), 60);
        this.action = Texts.nonBlank(action, "action");
        this.requestId = requestId;
        this.ticketId = ticketId;
        this.documentId = documentId;
        this.remoteAddress = Texts.truncate(remoteAddress, 64);
        this.details = Texts.truncate(details, 4000);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getDetails() {
        return details;
    }
}
