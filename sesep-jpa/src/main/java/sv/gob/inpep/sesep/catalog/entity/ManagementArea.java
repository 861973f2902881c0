package sv.gob.inpep.sesep.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import sv.gob.inpep.sesep.SharedCache;
import sv.gob.inpep.sesep.Texts;

/** Área de gestión: the department that attends a service (CAU, Departamento de Pensiones). */
@Entity
@Table(name = "management_area")
@Cacheable(true)
@Cache(expiry = SharedCache.EXPIRY_MILLIS)
@NamedQuery(name = "ManagementArea.active",
        query = "SELECT a FROM ManagementArea a WHERE a.active = TRUE ORDER BY a.name")
public class ManagementArea {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "management_area_seq")
    @SequenceGenerator(name = "management_area_seq", sequenceName = "management_area_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    /** Ticket numbers are {@code <prefix>-<n>}; the prefix is fixed once tickets exist, so no setter. */
    @Column(name = "ticket_prefix", nullable = false, unique = true, length = 5)
    private String ticketPrefix;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected ManagementArea() {
    }

    public ManagementArea(String code, String name, String ticketPrefix) {
        this.code = Texts.nonBlank(code, "code");
        this.name = Texts.nonBlank(name, "name");
        this.ticketPrefix = Texts.nonBlank(ticketPrefix, "ticketPrefix");
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

    public String getTicketPrefix() {
        return ticketPrefix;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
