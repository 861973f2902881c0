package sv.gob.inpep.sesep.requests.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One step of a request's timeline. Written only by {@link ServiceRequest}'s transitions (hence
 * the package-private constructor), so the timeline cannot disagree with the status.
 */
@Entity
@Table(name = "request_status_change")
// When each of a page of requests last changed ("Mis solicitudes"), in one statement for the page.
@NamedQuery(name = "RequestStatusChange.lastChangeOf",
        query = "SELECT h.request.id, MAX(h.changedAt) FROM RequestStatusChange h WHERE h.request.id IN :requests"
                + " GROUP BY h.request.id")
@Cacheable(false)
public class RequestStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_status_change_seq")
    @SequenceGenerator(name = "request_status_change_seq", sequenceName = "request_status_change_seq", allocationSize = 1000)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private ServiceRequest request;

    /** Null for the filing itself. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private RequestStatus toStatus;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    /** Username of whoever caused the change, or {@code system} for automatic steps. */
    @Column(name = "actor", nullable = false, length = 60)
    private String actor;

    @Column(name = "note", length = 8000)
    private String note;

    protected RequestStatusChange() {
    }

    RequestStatusChange(ServiceRequest request, RequestStatus fromStatus, RequestStatus toStatus,
                        LocalDateTime changedAt, String actor, String note) {
        this.request = Objects.requireNonNull(request, "request");
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus, "toStatus");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public RequestStatus getFromStatus() {
        return fromStatus;
    }

    public RequestStatus getToStatus() {
        return toStatus;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
