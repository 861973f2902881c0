package sv.gob.inpep.sesep.catalog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.catalog.control.CatalogEdits;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.catalog.entity.ServiceCategory;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Catálogo de servicios" for the administrator: the services with their settings, adding them and
 * editing them. An edit made on a page that another administrator changed meanwhile is refused, not
 * silently overwritten ({@link CatalogEdits}). A service taken out of the catalogue (inactive) can
 * no longer be requested; requests, tickets and documents already filed go on. What each service
 * asks for has boundaries of its own: {@link RequirementAdministration} (the documents) and
 * {@link ServiceFormAdministration} (the fields and the downloadable form); the categories that
 * group the catalogue, {@link CategoryAdministration}. Every change is audited.
 * <p>
 * Citizens read a change at once: it is written through the persistence context, which updates
 * EclipseLink's shared cache of the catalogue on commit.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CatalogAdministration {

    /** Longest target a service may have, in business days. */
    public static final int MAX_SLA_DAYS = 120;
    /** Longest time to fix an observed request, in business days. */
    public static final int MAX_CORRECTION_DAYS = 60;
    /** Longest statutory limit, in business days (about a year). */
    public static final int MAX_STATUTORY_DAYS = 250;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CatalogEdits edits;

    /** Every service, active or not, by category and name. */
    public List<ServiceSettings> services() {
        return em.createQuery("SELECT s FROM CatalogService s JOIN s.category c ORDER BY c.sortOrder, c.name, s.name",
                CatalogService.class).getResultStream().map(CatalogAdministration::settings).toList();
    }

    /** The categories and areas the form for a new service offers. */
    public CatalogChoices choices() {
        return new CatalogChoices(
                em.createNamedQuery("ServiceCategory.ordered", ServiceCategory.class).getResultStream()
                        .map(c -> new CatalogChoices.Choice(c.getId(), c.getName())).toList(),
                em.createNamedQuery("ManagementArea.active", ManagementArea.class).getResultStream()
                        .map(a -> new CatalogChoices.Choice(a.getId(), a.getName())).toList());
    }

    /**
     * Adds a service to the catalogue, not yet available: citizens find it once the administrator
     * has set the documents it requires and its form, given it to an agent type, and made it
     * available ({@link #update}), so nobody can file a request that no agent would ever be handed.
     */
    public long create(NewService added) {
        String code = CatalogEdits.checkedCode(added.code(), CatalogService.MAX_CODE, "error.catalog.codeRequired",
                "error.catalog.codeFormat");
        ServiceCategory category = lockedCategory(added.categoryId());
        ManagementArea area = added.areaId() == null ? null : em.find(ManagementArea.class, added.areaId());
        if (area == null || !area.isActive()) {
            throw new RuleViolation("error.catalog.areaRequired");
        }
        String name = checkedName(added.name(), null);
        String description = checkedSettings(added.description(), added.slaBusinessDays(), added.offeredTo());
        if (em.createQuery("SELECT COUNT(s) FROM CatalogService s WHERE s.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0) {
            throw new RuleViolation("error.catalog.codeTaken", code);
        }
        CatalogService service = new CatalogService(code, name, category, area, added.slaBusinessDays(),
                EnumSet.copyOf(added.offeredTo()));
        service.setDescription(description);
        service.setAllowsMultipleOpen(added.allowsMultipleOpen());
        service.setActive(false);
        em.persist(service);
        em.flush();
        audit.record(AuditAction.CATALOG_SERVICE_CREATED, null, null, null, code + " \"" + name + "\", área " + area.getName() + ": "
                + describe(service));
        return service.getId();
    }

    /**
     * Saves the settings of a service, and moves it to another category if asked. Making it
     * available is refused while no agent type attends it: its requests would wait in the queue for
     * an agent who never comes.
     */
    public ServiceSettings update(ServiceSettings edited) {
        CatalogService service = edits.lockedService(edited.id(), edited.version());
        String name = checkedName(edited.name(), service);
        String description = checkedSettings(edited.description(), edited.slaBusinessDays(), edited.offeredTo());
        if (edited.correctionBusinessDays() < 1 || edited.correctionBusinessDays() > MAX_CORRECTION_DAYS) {
            throw new RuleViolation("error.catalog.correctionRange", MAX_CORRECTION_DAYS);
        }
        if (edited.statutoryBusinessDays() < 1 || edited.statutoryBusinessDays() > MAX_STATUTORY_DAYS) {
            throw new RuleViolation("error.catalog.statutoryRange", MAX_STATUTORY_DAYS);
        }
        if (edited.active() && !service.isActive() && !attended(service)) {
            throw new RuleViolation("error.catalog.unattended", service.getName());
        }
        String before = describe(service);
        if (edited.categoryId() != null && !edited.categoryId().equals(service.getCategory().getId())) {
            service.setCategory(lockedCategory(edited.categoryId()));
        }
        service.setName(name);
        service.setDescription(description);
        service.setSlaBusinessDays(edited.slaBusinessDays());
        service.setCorrectionBusinessDays(edited.correctionBusinessDays());
        service.setStatutoryBusinessDays(edited.statutoryBusinessDays());
        service.setStatutoryPausedWhenObserved(edited.statutoryPausedWhenObserved());
        service.setOfferedTo(EnumSet.copyOf(edited.offeredTo()));
        service.setAllowsMultipleOpen(edited.allowsMultipleOpen());
        service.setActive(edited.active());
        em.flush();
        audit.record(AuditAction.CATALOG_SERVICE_CHANGED, null, null, null, service.getCode() + ": " + before + " -> " + describe(service));
        return settings(service);
    }

    /** The category a service is put under, locked so that it cannot be deleted meanwhile. */
    private ServiceCategory lockedCategory(Long categoryId) {
        ServiceCategory category = categoryId == null ? null : em.find(ServiceCategory.class, categoryId, LockModeType.PESSIMISTIC_WRITE);
        if (category == null) {
            throw new RuleViolation("error.catalog.categoryRequired");
        }
        return category;
    }

    /** A service's name, trimmed, shorter than its column, and no other service's (citizens choose by it). */
    private String checkedName(String value, CatalogService editing) {
        String name = Texts.required(value, CatalogService.MAX_NAME, "error.catalog.nameRequired");
        boolean taken = em.createNamedQuery("CatalogService.byName", CatalogService.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).getResultStream().anyMatch(other -> other != editing);
        if (taken) {
            throw new RuleViolation("error.catalog.nameTaken", name);
        }
        return name;
    }

    /** The description, trimmed, once the target and the applicant kinds are found valid. */
    private static String checkedSettings(String description, int slaBusinessDays, Set<ApplicantKind> offeredTo) {
        String text = Texts.required(description, CatalogService.MAX_DESCRIPTION, "error.catalog.descriptionRequired");
        if (slaBusinessDays < 1 || slaBusinessDays > MAX_SLA_DAYS) {
            throw new RuleViolation("error.catalog.slaRange", MAX_SLA_DAYS);
        }
        if (offeredTo == null || offeredTo.isEmpty()) {
            throw new RuleViolation("error.catalog.offeredToRequired");
        }
        return text;
    }

    /** Whether some agent type has the service in its competence. */
    private boolean attended(CatalogService service) {
        return em.createQuery("SELECT COUNT(t) FROM AgentType t JOIN t.services s WHERE s = :service", Long.class)
                .setParameter("service", service).getSingleResult() > 0;
    }

    private static String describe(CatalogService s) {
        return "categoría " + s.getCategory().getCode() + ", plazo " + s.getSlaBusinessDays() + ", subsanar "
                + s.getCorrectionBusinessDays() + ", plazo legal " + s.getStatutoryBusinessDays()
                + (s.isStatutoryPausedWhenObserved() ? " (se suspende al observar)" : "") + ", para " + s.getOfferedTo()
                + (s.isAllowsMultipleOpen() ? ", varias abiertas" : "") + (s.isActive() ? "" : ", inactivo");
    }

    private static ServiceSettings settings(CatalogService s) {
        return new ServiceSettings(s.getId(), s.getCode(), s.getCategory().getId(), s.getCategory().getName(), s.getArea().getName(),
                s.getName(), s.getDescription(), s.getSlaBusinessDays(), s.getCorrectionBusinessDays(), s.getStatutoryBusinessDays(),
                s.isStatutoryPausedWhenObserved(), s.getOfferedTo(), s.isAllowsMultipleOpen(), s.isActive(),
                s.getVersion());
    }
}
