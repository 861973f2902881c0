package sv.gob.inpep.sesep.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.accounts.entity.Role;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.supervision.entity.Supervisor;

import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Jefaturas" for the administrator, beside the agents: which areas each SUPERVISOR account
 * supervises, or all of them. Every change is audited; it takes effect on the supervisor's next
 * click.
 */
@Stateless
@RolesAllowed("ADMIN")
public class Supervisors {

    /** A supervisor account and what it supervises ({@code areaIds} empty and not all: nothing). */
    public record Line(long accountId, String username, String fullName, boolean enabled, boolean allAreas,
                       List<Long> areaIds, List<String> areaNames) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Every SUPERVISOR account by name, with its areas. */
    public List<Line> roster() {
        Map<Long, Supervisor> supervisors = em.createNamedQuery("Supervisor.all", Supervisor.class).getResultStream()
                .collect(Collectors.toMap(Supervisor::getAccountId, Function.identity()));
        return em.createQuery("SELECT u FROM UserAccount u JOIN u.roles r WHERE r = :role ORDER BY u.fullName", UserAccount.class)
                .setParameter("role", Role.SUPERVISOR).getResultStream()
                .map(u -> {
                    Supervisor s = supervisors.get(u.getId());
                    List<ManagementArea> areas = s == null ? List.of()
                            : s.getAreas().stream().sorted(Comparator.comparing(ManagementArea::getName)).toList();
                    return new Line(u.getId(), u.getUsername(), u.getFullName(), u.isEnabled(), s != null && s.isAllAreas(),
                            areas.stream().map(ManagementArea::getId).toList(),
                            areas.stream().map(ManagementArea::getName).toList());
                })
                .toList();
    }

    /** The areas a supervisor can be given. */
    public List<Board.Area> areas() {
        return em.createNamedQuery("ManagementArea.active", ManagementArea.class).getResultStream()
                .map(a -> new Board.Area(a.getId(), a.getName())).toList();
    }

    /** The areas the supervisor sees from now on: exactly these, or all when {@code allAreas}. */
    public void assign(long accountId, Collection<Long> areaIds, boolean allAreas) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || !account.hasRole(Role.SUPERVISOR)) {
            throw new NotFound("error.supervisors.notFound");
        }
        List<ManagementArea> areas = areaIds.stream().distinct().map(id -> {
            ManagementArea area = em.find(ManagementArea.class, id);
            if (area == null) {
                throw new NotFound("error.supervisors.areaNotFound");
            }
            return area;
        }).toList();
        Supervisor supervisor = em.find(Supervisor.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (supervisor == null) {
            supervisor = new Supervisor(accountId);
            em.persist(supervisor);
        }
        supervisor.assign(areas, allAreas);
        audit.record(AuditAction.SUPERVISOR_AREAS_CHANGED, null, null, null, account.getUsername() + ": "
                + (allAreas ? "todas las áreas" : areas.isEmpty() ? "ninguna área"
                : areas.stream().map(ManagementArea::getCode).sorted().collect(Collectors.joining(", "))));
    }
}
