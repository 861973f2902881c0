package sv.gob.inpep.sesep.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.SharedCache;
import sv.gob.inpep.sesep.Texts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document a service asks for (mandatory or optional), with the file types and size it accepts.
 * Created through {@link CatalogService#addRequirement}, so a requirement never exists without
 * its service's list knowing it. Removing one retires it ({@link CatalogService#removeRequirement}):
 * the documents that answer it keep naming it.
 */
@Entity
@Table(name = "document_requirement")
@Cacheable(true)
@Cache(expiry = SharedCache.EXPIRY_MILLIS)
public class DocumentRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_requirement_seq")
    @SequenceGenerator(name = "document_requirement_seq", sequenceName = "document_requirement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private CatalogService service;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    /** Comma-separated MIME types; uploads are compared by the type detected from their content. */
    @Column(name = "allowed_types", nullable = false, length = 200)
    private String allowedTypes;

    @Column(name = "max_size_bytes", nullable = false)
    private long maxSizeBytes;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected DocumentRequirement() {
    }

    DocumentRequirement(CatalogService service, String name, String description, boolean mandatory,
                        String allowedTypes, long maxSizeBytes, int sortOrder) {
        this.service = Objects.requireNonNull(service, "service");
        change(name, description, mandatory, allowedTypes, maxSizeBytes);
        this.sortOrder = sortOrder;
    }

    /** Everything the administrator edits at once. Documents already filed for it are not checked again. */
    public void change(String name, String description, boolean mandatory, String allowedTypes, long maxSizeBytes) {
        setName(name);
        setDescription(description);
        setMandatory(mandatory);
        setAllowedTypes(allowedTypes);
        setMaxSizeBytes(maxSizeBytes);
    }

    /**
     * Refuses an upload this requirement does not accept. {@code contentType} must be the type
     * detected from the bytes: a renamed executable must not pass as a PDF.
     */
    public void checkUpload(String fileName, String contentType, long sizeBytes) {
        if (!accepts(contentType)) {
            throw new RuleViolation("error.document.typeNotAllowed", fileName, contentType, allowedTypes);
        }
        if (sizeBytes > maxSizeBytes) {
            throw new RuleViolation("error.document.tooLarge", fileName, maxSizeBytes);
        }
    }

    public boolean accepts(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.strip().toLowerCase(Locale.ROOT);
        return getAllowedTypeList().contains(type);
    }

    public List<String> getAllowedTypeList() {
        return Arrays.stream(allowedTypes.split(","))
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .toList();
    }

    public Long getId() {
        return id;
    }

    public CatalogService getService() {
        return service;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.nonBlank(name, "name");
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public String getAllowedTypes() {
        return allowedTypes;
    }

    public void setAllowedTypes(String allowedTypes) {
        this.allowedTypes = Texts.nonBlank(allowedTypes, "allowedTypes");
    }

    public long getMaxSizeBytes() {
        return maxSizeBytes;
    }

    public void setMaxSizeBytes(long maxSizeBytes) {
        if (maxSizeBytes <= 0) {
            throw new IllegalArgumentException("maxSizeBytes must be positive");
        }
        this.maxSizeBytes = maxSizeBytes;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** No longer asked for; kept because documents filed or being filed may answer it. */
    public boolean isRetired() {
        return retired;
    }

    void retire() {
        this.retired = true;
    }
}
