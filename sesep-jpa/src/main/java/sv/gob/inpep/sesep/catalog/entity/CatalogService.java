package sv.gob.inpep.sesep.catalog.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Cache;
import sv.gob.inpep.sesep.SharedCache;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A service of the catalogue (servicio): what a citizen may request, who may request it, which
 * area attends it, what must be attached and how many business days the institute gives itself.
 * Its requirements and form fields belong to it and are edited through it; removing either retires it.
 */
@Entity
@Table(name = "catalog_service")
@Cacheable(true)
@Cache(expiry = SharedCache.EXPIRY_MILLIS)
@NamedQuery(name = "CatalogService.active",
        query = "SELECT s FROM CatalogService s JOIN s.category c WHERE s.active = TRUE"
                + " ORDER BY c.sortOrder, c.name, s.name")
@NamedQuery(name = "CatalogService.activeByCategory",
        query = "SELECT s FROM CatalogService s WHERE s.active = TRUE AND s.category = :category"
                + " ORDER BY s.name")
@NamedQuery(name = "CatalogService.byName", query = "SELECT s FROM CatalogService s WHERE LOWER(s.name) = :name")
public class CatalogService {

    /** Lengths of catalog_service.code, .name and .description. */
    public static final int MAX_CODE = 20;
    public static final int MAX_NAME = 160;
    public static final int MAX_DESCRIPTION = 2000;

    /** Ten business days to fix an observation, as the Ley de Procedimientos Administrativos gives for a correction. */
    public static final int DEFAULT_CORRECTION_DAYS = 10;
    /** Twenty business days to resolve, the term seed 002 cites (Art. 86 LPA); each service sets its own. */
    public static final int DEFAULT_STATUTORY_DAYS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_service_seq")
    @SequenceGenerator(name = "catalog_service_seq", sequenceName = "catalog_service_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = MAX_CODE)
    private String code;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "description", length = MAX_DESCRIPTION)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private ServiceCategory category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private ManagementArea area;

    @Column(name = "for_contributor", nullable = false)
    private boolean forContributor;

    @Column(name = "for_pensioner", nullable = false)
    private boolean forPensioner;

    @Column(name = "for_beneficiary", nullable = false)
    private boolean forBeneficiary;

    @Column(name = "sla_business_days", nullable = false)
    private int slaBusinessDays;

    /** Business days an observed request has to be fixed before it closes as desistida. */
    @Column(name = "correction_business_days", nullable = false)
    private int correctionBusinessDays = DEFAULT_CORRECTION_DAYS;

    /** Business days the law gives the institute to resolve, beside its own target. */
    @Column(name = "statutory_business_days", nullable = false)
    private int statutoryBusinessDays = DEFAULT_STATUTORY_DAYS;

    /** Whether the statutory clock stops while the request waits for the citizen's correction. */
    @Column(name = "statutory_paused_when_observed", nullable = false)
    private boolean statutoryPausedWhenObserved = true;

    @Column(name = "allows_multiple_open", nullable = false)
    private boolean allowsMultipleOpen;

    /**
     * A complaint service (queja o reclamo): its requests go to the area answerable for what the
     * citizen complains about and end with a finding, procedente or not; its target is
     * {@link #slaBusinessDays} like any service's. Agent types of any area may have it in their
     * competence: each takes the complaints of its own area.
     */
    @Column(name = "complaint", nullable = false)
    private boolean complaint;

    @Column(name = "form_file_name", length = 255)
    private String formFileName;

    @Column(name = "form_content_type", length = 100)
    private String formContentType;

    /** Lazy: the catalogue is listed far more often than the form is downloaded. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "form_content")
    private byte[] formContent;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "service", cascade = {CascadeType.PERSIST, CascadeType.MERGE}, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<DocumentRequirement> requirements = new ArrayList<>();

    @OneToMany(mappedBy = "service", cascade = {CascadeType.PERSIST, CascadeType.MERGE}, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ServiceField> fields = new ArrayList<>();

    protected CatalogService() {
    }

    public CatalogService(String code, String name, ServiceCategory category, ManagementArea area,
                          int slaBusinessDays, Set<ApplicantKind> offeredTo) {
        this.code = Texts.nonBlank(code, "code");
        setName(name);
        setCategory(category);
        setArea(area);
        setSlaBusinessDays(slaBusinessDays);
        setOfferedTo(offeredTo);
    }

    /** Whether a citizen of this kind may file a request for this service. */
    public boolean isOfferedTo(ApplicantKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case CONTRIBUTOR -> forContributor;
            case PENSIONER -> forPensioner;
            case BENEFICIARY -> forBeneficiary;
        };
    }

    public Set<ApplicantKind> getOfferedTo() {
        Set<ApplicantKind> kinds = EnumSet.noneOf(ApplicantKind.class);
        for (ApplicantKind kind : ApplicantKind.values()) {
            if (isOfferedTo(kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** A service nobody may request would sit in the catalogue as a dead entry. */
    public void setOfferedTo(Set<ApplicantKind> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            throw new IllegalArgumentException("a service must be offered to at least one applicant kind");
        }
        this.forContributor = kinds.contains(ApplicantKind.CONTRIBUTOR);
        this.forPensioner = kinds.contains(ApplicantKind.PENSIONER);
        this.forBeneficiary = kinds.contains(ApplicantKind.BENEFICIARY);
    }

    /** Appends a requirement after the existing ones; it is saved with the service. */
    public DocumentRequirement addRequirement(String name, String description, boolean mandatory,
                                              String allowedTypes, long maxSizeBytes) {
        DocumentRequirement requirement = new DocumentRequirement(this, name, description, mandatory,
                allowedTypes, maxSizeBytes, SortOrders.next(requirements.stream().mapToInt(DocumentRequirement::getSortOrder)));
        requirements.add(requirement);
        return requirement;
    }

    /**
     * Stops asking for a requirement. It is retired rather than deleted: documents already filed,
     * or uploaded to a form being filled in, point at it, and agents and citizens still read on
     * them which requirement they answer.
     */
    public void removeRequirement(DocumentRequirement requirement) {
        requireCurrent(getRequirements(), requirement).retire();
    }

    /**
     * Moves a requirement one place towards the first ({@code up}) or the last, renumbering them
     * all; at either end nothing changes.
     *
     * @return whether it moved
     */
    public boolean moveRequirement(DocumentRequirement requirement, boolean up) {
        return SortOrders.move(getRequirements(), requirement, up, DocumentRequirement::setSortOrder);
    }

    /** A requirement the service asks for now (not retired). */
    public Optional<DocumentRequirement> requirement(long requirementId) {
        return getRequirements().stream().filter(r -> r.getId() != null && r.getId() == requirementId).findFirst();
    }

    /** Appends a form field after the existing ones (retired ones included); it is saved with the service. */
    public ServiceField addField(String code, String label, FieldType type, boolean required, String options) {
        ServiceField field = new ServiceField(this, code, label, type, required, options,
                SortOrders.next(fields.stream().mapToInt(ServiceField::getSortOrder)));
        fields.add(field);
        return field;
    }

    /**
     * Stops asking for a field. It is retired rather than deleted: requests already filed hold a
     * value under its code, and citizens and agents read it under the field's label.
     */
    public void removeField(ServiceField field) {
        requireCurrent(getFields(), field).retire();
    }

    /** Like {@link #moveRequirement}, for the form's fields. */
    public boolean moveField(ServiceField field, boolean up) {
        return SortOrders.move(getFields(), field, up, ServiceField::setSortOrder);
    }

    /** A field the form asks for now (not retired), by its code. */
    public Optional<ServiceField> field(String fieldCode) {
        return getFields().stream().filter(f -> f.getCode().equals(fieldCode)).findFirst();
    }

    /** Whether a field, current or retired, has this code: the code of a retired one keys old requests' values. */
    public boolean hasFieldCode(String fieldCode) {
        return fields.stream().anyMatch(f -> f.getCode().equals(fieldCode));
    }

    private static <T> T requireCurrent(List<T> current, T item) {
        if (!current.contains(item)) {
            throw new IllegalArgumentException("not a current requirement or field of the service");
        }
        return item;
    }

    /**
     * Attaches the downloadable form (formulario) citizens fill in for this service, replacing any.
     * The lazy content is written first: on a service read without it, touching it loads the rest
     * of the row again, which would undo a name and type set before it.
     */
    public void attachForm(String fileName, String contentType, byte[] content) {
        this.formContent = Objects.requireNonNull(content, "content");
        this.formFileName = Texts.nonBlank(fileName, "fileName");
        this.formContentType = Texts.nonBlank(contentType, "contentType");
    }

    /** Content first, for the reason given at {@link #attachForm}. */
    public void removeForm() {
        this.formContent = null;
        this.formFileName = null;
        this.formContentType = null;
    }

    /** Answers from the file name so that listing the catalogue never loads the form itself. */
    public boolean hasForm() {
        return formFileName != null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
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

    public ServiceCategory getCategory() {
        return category;
    }

    public void setCategory(ServiceCategory category) {
        this.category = Objects.requireNonNull(category, "category");
    }

    public ManagementArea getArea() {
        return area;
    }

    /** Tickets already queued keep the area they were filed under; only new ones follow. */
    public void setArea(ManagementArea area) {
        this.area = Objects.requireNonNull(area, "area");
    }

    public int getSlaBusinessDays() {
        return slaBusinessDays;
    }

    public void setSlaBusinessDays(int slaBusinessDays) {
        if (slaBusinessDays <= 0) {
            throw new IllegalArgumentException("slaBusinessDays must be positive");
        }
        this.slaBusinessDays = slaBusinessDays;
    }

    public int getCorrectionBusinessDays() {
        return correctionBusinessDays;
    }

    /** Requests observed from now on get the new time; a deadline already given does not move. */
    public void setCorrectionBusinessDays(int correctionBusinessDays) {
        if (correctionBusinessDays <= 0) {
            throw new IllegalArgumentException("correctionBusinessDays must be positive");
        }
        this.correctionBusinessDays = correctionBusinessDays;
    }

    public int getStatutoryBusinessDays() {
        return statutoryBusinessDays;
    }

    public void setStatutoryBusinessDays(int statutoryBusinessDays) {
        if (statutoryBusinessDays <= 0) {
            throw new IllegalArgumentException("statutoryBusinessDays must be positive");
        }
        this.statutoryBusinessDays = statutoryBusinessDays;
    }

    public boolean isStatutoryPausedWhenObserved() {
        return statutoryPausedWhenObserved;
    }

    public void setStatutoryPausedWhenObserved(boolean statutoryPausedWhenObserved) {
        this.statutoryPausedWhenObserved = statutoryPausedWhenObserved;
    }

    public boolean isAllowsMultipleOpen() {
        return allowsMultipleOpen;
    }

    public void setAllowsMultipleOpen(boolean allowsMultipleOpen) {
        this.allowsMultipleOpen = allowsMultipleOpen;
    }

    public boolean isComplaint() {
        return complaint;
    }

    public void setComplaint(boolean complaint) {
        this.complaint = complaint;
    }

    public String getFormFileName() {
        return formFileName;
    }

    public String getFormContentType() {
        return formContentType;
    }

    /** Not copied: files can run to megabytes, and nothing downstream modifies them. */
    public byte[] getFormContent() {
        return formContent;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    /**
     * What the service asks for now, in the order citizens see it; retired requirements are left
     * out. Sorted here and not only by {@code @OrderBy}, which orders the list when it is read from
     * the database: a reorder changes the requirements' sort orders, not the order of the list that
     * the shared cache already holds.
     */
    public List<DocumentRequirement> getRequirements() {
        return requirements.stream().filter(r -> !r.isRetired())
                .sorted(Comparator.comparingInt(DocumentRequirement::getSortOrder)).toList();
    }

    /** The fields the form asks for now, in order; retired ones left out (sorted here for the reason above). */
    public List<ServiceField> getFields() {
        return fields.stream().filter(f -> !f.isRetired()).sorted(Comparator.comparingInt(ServiceField::getSortOrder)).toList();
    }

    /**
     * Every field the form has ever had, retired ones included, in order: to show the data of
     * requests filed before a field was removed under the label the citizen saw.
     */
    public List<ServiceField> getFieldsEverAsked() {
        return fields.stream().sorted(Comparator.comparingInt(ServiceField::getSortOrder)).toList();
    }

    /** By id, because agent types hold their competence as a set of services. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof CatalogService other && id != null && id.equals(other.id);
    }

    /** Constant, so that a service keeps its hash when it gets its id on persist. */
    @Override
    public int hashCode() {
        return CatalogService.class.hashCode();
    }
}
