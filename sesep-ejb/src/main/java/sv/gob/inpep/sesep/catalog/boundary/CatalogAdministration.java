package sv.gob.inpep.sesep.catalog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;

import java.util.EnumSet;
import java.util.List;

/**
 * "Catálogo de servicios" for the administrator: the services with their settings, and editing
 * them. An edit made on a page that another administrator changed meanwhile is refused, not
 * silently overwritten. A service taken out of the catalogue (inactive) can no longer be
 * requested; requests and tickets already filed go on. Every change is audited.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CatalogAdministration {

    /** Longest target a service may have, in business days. */
    public static final int MAX_SLA_DAYS = 120;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<ServiceSettings> services() {
        return em.createQuery("SELECT s FROM CatalogService s JOIN s.category c ORDER BY c.sortOrder, c.name, s.name",
                CatalogService.class).getResultStream().map(CatalogAdministration::settings).toList();
    }

    public ServiceSettings update(ServiceSettings edited) {
        CatalogService service = em.find(CatalogService.class, edited.id(), LockModeType.PESSIMISTIC_WRITE);
        if (service == null) {
            throw new NotFound("error.catalog.notFound");
        }
        if (service.getVersion() != edited.version()) {
            throw new RuleViolation("error.catalog.changedMeanwhile", service.getName());
        }
        String name = Texts.required(edited.name(), 200, "error.catalog.nameRequired");
        String description = Texts.required(edited.description(), 4000, "error.catalog.descriptionRequired");
        if (edited.slaBusinessDays() < 1 || edited.slaBusinessDays() > MAX_SLA_DAYS) {
            throw new RuleViolation("error.catalog.slaRange", MAX_SLA_DAYS);
        }
        if (edited.offeredTo() == null || edited.offeredTo().isEmpty()) {
            throw new RuleViolation("error.catalog.offeredToRequired");
        }
        String before = describe(service);
        service.setName(name);
        service.setDescription(description);
        service.setSlaBusinessDays(edited.slaBusinessDays());
        service.setOfferedTo(EnumSet.copyOf(edited.offeredTo()));
        service.setAllowsMultipleOpen(edited.allowsMultipleOpen());
        service.setActive(edited.active());
        em.flush();
        audit.record("CATALOG_SERVICE_CHANGED", null, null, null, service.getCode() + ": " + before + " -> " + describe(service));
        return settings(service);
    }

    private static String describe(CatalogService s) {
        return "plazo " + s.getSlaBusinessDays() + ", para " + s.getOfferedTo() + (s.isAllowsMultipleOpen() ? ", varias abiertas" : "")
                + (s.isActive() ? "" : ", inactivo");
    }

    private static ServiceSettings settings(CatalogService s) {
        return new ServiceSettings(s.getId(), s.getCode(), s.getCategory().getName(), s.getArea().getName(), s.getName(),
                s.getDescription(), s.getSlaBusinessDays(), s.getOfferedTo(), s.isAllowsMultipleOpen(), s.isActive(), s.getVersion());
    }
}
