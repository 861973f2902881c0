package sv.gob.inpep.sesep.catalog.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import sv.gob.inpep.sesep.SharedCache;
import sv.gob.inpep.sesep.Texts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A datum the citizen types when filing a request for a service. Fields are data, not code, so
 * that the administrator can change a service's form without a release. Created through
 * {@link CatalogService#addField}. Removing one retires it ({@link CatalogService#removeField}):
 * requests filed with it keep showing their value under its label.
 */
@Entity
@Table(name = "service_field")
@Cacheable(true)
@Cache(expiry = SharedCache.EXPIRY_MILLIS)
public class ServiceField {

    /** Separator of the choices of a SELECT field in the {@code options} column. */
    public static final String OPTION_SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_field_seq")
    @SequenceGenerator(name = "service_field_seq", sequenceName = "service_field_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private CatalogService service;

    /** Key of the value in the request's form data; fixed, so that filed requests stay readable. */
    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 20)
    private FieldType type;

    @Column(name = "options", length = 1000)
    private String options;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected ServiceField() {
    }

    ServiceField(CatalogService service, String code, String label, FieldType type, boolean required,
                 String options, int sortOrder) {
        this.service = Objects.requireNonNull(service, "service");
        this.code = Texts.nonBlank(code, "code");
        change(label, type, required, options);
        this.sortOrder = sortOrder;
    }

    /**
     * Everything the administrator edits at once; the code never changes, because it is the key
     * of the values in requests already filed. Those values are not checked again.
     */
    public void change(String label, FieldType type, boolean required, String options) {
        setLabel(label);
        setType(type, options);
        setRequired(required);
    }

    /** The choices of a SELECT field, in order; empty for other types. */
    public List<String> getOptionList() {
        if (options == null) {
            return List.of();
        }
        return Arrays.stream(options.split("\\" + OPTION_SEPARATOR))
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .toList();
    }

    public Long getId() {
        return id;
    }

    public CatalogService getService() {
        return service;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = Texts.nonBlank(label, "label");
    }

    public FieldType getType() {
        return type;
    }

    public String getOptions() {
        return options;
    }

    /** Type and options change together: a SELECT without choices could never be filled in. */
    public void setType(FieldType type, String options) {
        this.type = Objects.requireNonNull(type, "type");
        this.options = options == null || options.isBlank() ? null : options.strip();
        if (type == FieldType.SELECT && getOptionList().isEmpty()) {
            throw new IllegalArgumentException("a SELECT field needs options");
        }
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** No longer asked for; kept because requests filed with it hold a value under its code. */
    public boolean isRetired() {
        return retired;
    }

    void retire() {
        this.retired = true;
    }
}
