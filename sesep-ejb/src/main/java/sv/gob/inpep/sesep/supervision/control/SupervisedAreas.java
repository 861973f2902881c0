package sv.gob.inpep.sesep.supervision.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.supervision.entity.Supervisor;

import java.util.stream.Collectors;

/**
 * Which areas a supervisor account supervises ({@link Supervisor}), read afresh on every call:
 * a change the administrator makes takes effect on the supervisor's next click, on every node.
 */
@Dependent
public class SupervisedAreas {

    @PersistenceContext
    EntityManager em;

    public AreaScope of(String username) {
        return em.createNamedQuery("Supervisor.byUsername", Supervisor.class).setParameter("username", username)
                .getResultStream().findFirst()
                .map(SupervisedAreas::scope)
                .orElse(AreaScope.NONE);
    }

    public static AreaScope scope(Supervisor supervisor) {
        return new AreaScope(supervisor.isAllAreas(),
                supervisor.getAreas().stream().map(ManagementArea::getId).collect(Collectors.toSet()));
    }
}
