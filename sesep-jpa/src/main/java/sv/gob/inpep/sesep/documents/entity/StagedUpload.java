package sv.gob.inpep.sesep.documents.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.DocumentRequirement;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A file a citizen attached to a form that is not submitted yet. It is checked when it arrives
 * (type by content, size against its requirement), so the citizen hears of a bad file next to the
 * field instead of after pressing "Presentar"; submitting turns it into a {@link RequestDocument}.
 * It belongs to one user and one form (the form's submission token): nobody else can attach it.
 */
@Entity
@Table(name = "staged_upload")
@Cacheable(false)
@NamedQuery(name = "StagedUpload.byForm",
        query = "SELECT u FROM StagedUpload u WHERE u.owner = :owner AND u.formToken = :formToken"
                + " ORDER BY u.uploadedAt, u.id")
@NamedQuery(name = "StagedUpload.countByForm",
        query = "SELECT COUNT(u) FROM StagedUpload u WHERE u.owner = :owner AND u.formToken = :formToken")
@NamedQuery(name = "StagedUpload.deleteOlderThan",
        query = "DELETE FROM StagedUpload u WHERE u.uploadedAt < :before")
public class StagedUpload {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staged_upload_seq")
    @SequenceGenerator(name = "staged_upload_seq", sequenceName = "staged_upload_seq", allocationSize = 50)
    private Long id;

    @Column(name = "owner", nullable = false, length = 60)
    private String owner;

    @Column(name = "form_token", nullable = false, length = 64)
    private String formToken;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private CatalogService service;

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

    protected StagedUpload() {
    }

    /**
     * A checked upload. {@code contentType}, {@code sizeBytes} and {@code sha256} are the caller's
     * findings about {@code content}; a requirement, when given, must be one of the service's and
     * must accept them.
     */
    public StagedUpload(String owner, String formToken, CatalogService service, DocumentRequirement requirement,
                        String fileName, String contentType, long sizeBytes, String sha256, byte[] content,
                        LocalDateTime now) {
        this.owner = Texts.nonBlank(owner, "owner");
        this.formToken = Texts.nonBlank(formToken, "formToken");
        this.service = Objects.requireNonNull(service, "service");
        this.fileName = Texts.nonBlank(fileName, "fileName");
        this.contentType = Texts.nonBlank(contentType, "contentType");
        if (requirement != null) {
            if (!requirement.getService().equals(service)) {
                throw new IllegalArgumentException("requirement " + requirement.getId() + " is not one of service " + service.getId());
            }
            requirement.checkUpload(this.fileName, this.contentType, sizeBytes);
        }
        this.requirement = requirement;
        this.sizeBytes = sizeBytes;
        this.sha256 = Texts.nonBlank(sha256, "sha256");
        this.content = Objects.requireNonNull(content, "content");
        this.uploadedAt = Objects.requireNonNull(now, "now");
    }

    /** Whether this upload was made by {@code username} on the form {@code token}. */
    public boolean belongsTo(String username, String token) {
        return owner.equals(username) && formToken.equals(token);
    }

    /** The document it becomes once the request exists; the requirement checks it once more. */
    public RequestDocument attachTo(ServiceRequest request, LocalDateTime now) {
        return new RequestDocument(request, requirement, fileName, contentType, sizeBytes, sha256, content, now);
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getFormToken() {
        return formToken;
    }

    public CatalogService getService() {
        return service;
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
}
