package sv.gob.inpep.sesep.agents.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import sv.gob.inpep.sesep.SharedCache;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;

import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Tipo de agente: a named competence, i.e. the services its agents may attend. Competence is
 * given to the type, not to each agent, because the manual assigns tickets "según su competencia"
 * by type and the administrator manages a handful of types rather than every agent.
 */
@Entity
@Table(name = "agent_type")
@Cacheable(true)
@Cache(expiry = SharedCache.EXPIRY_MILLIS)
@NamedQuery(name = "AgentType.ordered", query = "SELECT t FROM AgentType t ORDER BY t.name")
public class AgentType {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_type_seq")
    @SequenceGenerator(name = "agent_type_seq", sequenceName = "agent_type_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "description", length = 500)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private ManagementArea area;

    // Read with the type, so the shared cache holds it too: every assignment checks it (Ticket.assignTo),
    // and a lazy set first touched inside a transaction that has locked rows is read for that transaction
    // alone, i.e. from the database on every assignment.
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "agent_type_service",
            joinColumns = @JoinColumn(name = "agent_type_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<CatalogService> services = new HashSet<>();

    protected AgentType() {
    }

    public AgentType(String code, String name, ManagementArea area) {
        this.code = Texts.nonBlank(code, "code");
        setName(name);
        setArea(area);
    }

    /** Whether agents of this type may attend tickets of the service. */
    public boolean covers(CatalogService service) {
        return services.contains(service);
    }

    public void grant(CatalogService service) {
        services.add(Objects.requireNonNull(service, "service"));
    }

    public void revoke(CatalogService service) {
        services.remove(service);
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

    public ManagementArea getArea() {
        return area;
    }

    public void setArea(ManagementArea area) {
        this.area = Objects.requireNonNull(area, "area");
    }

    /** The competence; change it with {@link #grant} and {@link #revoke}. */
    public Set<CatalogService> getServices() {
        return Collections.unmodifiableSet(services);
    }
}
