package sv.gob.inpep.sesep.documents.entity;

import jakarta.persistence.Basic;
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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.catalog.entity.DocumentRequirement;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A file attached to a request. The bytes live in the database, not on a node's disk, so that a
 * crash loses nothing and every node of the cluster serves the same file; they are loaded only
 * when someone opens the document.
 */
@Entity
@Table(name = "request_document")
@Cacheable(false)
@NamedQuery(name = "RequestDocument.currentByRequest",
        query = "SELECT d FROM RequestDocument d WHERE d.request = :request AND d.replaced = FALSE"
                + " ORDER BY d.uploadedAt, d.id")
// Replaced ones too: the citizen's view of everything they sent.
@NamedQuery(name = "RequestDocument.byRequest",
        query = "SELECT d FROM RequestDocument d WHERE d.request = :request ORDER BY d.uploadedAt, d.id")
public class RequestDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_document_seq")
    @SequenceGenerator(name = "request_document_seq", sequenceName = "request_document_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private ServiceRequest request;

    /** Null for an extra document the citizen added that answers no listed requirement. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requirement_id")
    private DocumentRequirement requirement;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    /** Superseded by a newer upload when the citizen fixed an observed request; kept for the record. */
    @Column(name = "replaced", nullable = false)
    private boolean replaced;

    @Enumerated(EnumType.STRING)
    @Column(name = "validation", nullable = false, length = 20)
    private DocumentValidation validation;

    @Column(name = "validation_note", length = 2000)
    private String validationNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "validated_by")
    private Agent validatedBy;

    @Column(name = "validated_at")
    private LocalDateTime validatedAt;

    protected RequestDocument() {
    }

    /**
     * An upload, pending validation. {@code contentType}, {@code sizeBytes} and {@code sha256} are
     * the caller's findings about {@code content} (type detected from the bytes, not the name);
     * the requirement, when there is one, decides whether they are acceptable.
     */
    public RequestDocument(ServiceRequest request, DocumentRequirement requirement, String fileName,
                           String contentType, long sizeBytes, String sha256, byte[] content,
                           LocalDateTime now) {
        this.request = Objects.requireNonNull(request, "request");
        this.requirement = requirement;
        this.fileName = Texts.nonBlank(fileName, "fileName");
        this.contentType = Texts.nonBlank(contentType, "contentType");
        if (requirement != null) {
            if (!requirement.getService().equals(request.getService())) {
                throw new IllegalArgumentException("requirement " + requirement.getId() + " is not one of the request's service");
            }
            requirement.checkUpload(this.fileName, this.contentType, sizeBytes);
        }
        this.sizeBytes = sizeBytes;
        this.sha256 = Texts.nonBlank(sha256, "sha256");
        this.content = Objects.requireNonNull(content, "content");
        this.uploadedAt = Objects.requireNonNull(now, "now");
        this.validation = DocumentValidation.PENDING;
    }

    /**
     * The agent accepts the document (activity 12); it then belongs in the citizen's digital file.
     * An agent may change a verdict while the request is still in attention.
     */
    public void validate(Agent agent, LocalDateTime now) {
        requireReviewable();
        decide(DocumentValidation.VALID, agent, null, now);
    }

    /** The agent rejects the document; the note says why, for the observation to the citizen. */
    public void invalidate(Agent agent, String note, LocalDateTime now) {
        requireReviewable();
        String checked = Texts.required(note, 2000, "error.document.invalidationNoteRequired");
        decide(DocumentValidation.INVALID, agent, checked, now);
    }

    /** A newer upload takes this one's place; the old one is never validated again. */
    public void markReplaced() {
        this.replaced = true;
    }

    private void requireReviewable() {
        if (replaced) {
            throw new RuleViolation("error.document.replaced", fileName);
        }
        if (request.getStatus() != RequestStatus.IN_ATTENTION) {
            throw new RuleViolation("error.document.requestNotInAttention", fileName, request.getSeiNumber());
        }
    }

    private void decide(DocumentValidation verdict, Agent agent, String note, LocalDateTime now) {
        this.validation = verdict;
        this.validationNote = note;
        this.validatedBy = Objects.requireNonNull(agent, "agent");
        this.validatedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public DocumentRequirement getRequirement() {
        return requirement;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    /** Not copied: files can run to megabytes, and nothing downstream modifies them. */
    public byte[] getContent() {
        return content;
    }

    public LocalDateTime getUploadedAt() {
        return uploadedAt;
    }

    public boolean isReplaced() {
        return replaced;
    }

    public DocumentValidation getValidation() {
        return validation;
    }

    public String getValidationNote() {
        return validationNote;
    }

    public Agent getValidatedBy() {
        return validatedBy;
    }

    public LocalDateTime getValidatedAt() {
        return validatedAt;
    }
}
