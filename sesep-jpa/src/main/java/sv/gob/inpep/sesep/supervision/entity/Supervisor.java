package sv.gob.inpep.sesep.supervision.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A Jefatura's reach: the areas whose queue, agents, requests and service levels a SUPERVISOR
 * account sees, or all of them ({@code allAreas}, a setting the administrator gives, never the
 * default). An account without this row supervises nothing.
 */
@Entity
@Table(name = "supervisor")
@Cacheable(false)
@NamedQuery(name = "Supervisor.byUsername",
        query = "SELECT s FROM Supervisor s WHERE s.accountId = (SELECT u.id FROM UserAccount u WHERE u.username = :username)")
@NamedQuery(name = "Supervisor.all", query = "SELECT s FROM Supervisor s")
public class Supervisor {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "all_areas", nullable = false)
    private boolean allAreas;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "supervisor_area", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    private Set<ManagementArea> areas = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Supervisor() {
    }

    /** A supervisor of no area yet. */
    public Supervisor(long accountId) {
        this.accountId = accountId;
    }

    /** Replaces the areas and the all-areas setting, as the administrator chose them. */
    public void assign(Collection<ManagementArea> chosen, boolean everyArea) {
        areas.clear();
        chosen.forEach(a -> areas.add(Objects.requireNonNull(a, "area")));
        allAreas = everyArea;
    }

    /** Whether the area's records are this supervisor's to see. */
    public boolean supervises(Long areaId) {
        return allAreas || areas.stream().anyMatch(a -> a.getId().equals(areaId));
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isAllAreas() {
        return allAreas;
    }

    public Set<ManagementArea> getAreas() {
        return Collections.unmodifiableSet(areas);
    }
}
