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
import sv.gob.inpep.sesep.catalog.entity.DocumentRequirement;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Catálogo de servicios" for the administrator: the services with their settings and the
 * documents each requires, and editing them. An edit made on a page that another administrator
 * changed meanwhile is refused, not silently overwritten; a service's requirements count as part of
 * the service, so changing them moves its version on. A service taken out of the catalogue
 * (inactive) can no longer be requested, and a requirement taken out is no longer asked for;
 * requests, tickets and documents already filed go on. Every change is audited.
 * <p>
 * Citizens read a change at once: it is written through the persistence context, which updates
 * EclipseLink's shared cache of the catalogue on commit.
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
        CatalogService service = lockedService(edited.id(), edited.version());
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

    /** The documents the service asks for now, in order, with the version an edit must carry. */
    public ServiceRequirements requirements(long serviceId) {
        CatalogService service = em.find(CatalogService.class, serviceId);
        if (service == null) {
            throw new NotFound("error.catalog.notFound");
        }
        return view(service);
    }

    /** Adds a document after the ones the service already asks for. */
    public ServiceRequirements addRequirement(long serviceId, long version, RequirementSettings added) {
        CatalogService service = lockedService(serviceId, version);
        RequirementSettings valid = checked(service, null, added);
        DocumentRequirement requirement = service.addRequirement(valid.name(), valid.description(), valid.mandatory(),
                allowedTypes(valid), bytes(valid));
        em.persist(requirement);
        return saved(service, "CATALOG_REQUIREMENT_ADDED", describe(requirement));
    }

    public ServiceRequirements updateRequirement(long serviceId, long version, long requirementId, RequirementSettings edited) {
        CatalogService service = lockedService(serviceId, version);
        DocumentRequirement requirement = currentRequirement(service, requirementId);
        RequirementSettings valid = checked(service, requirement, edited);
        String before = describe(requirement);
        requirement.change(valid.name(), valid.description(), valid.mandatory(), allowedTypes(valid), bytes(valid));
        return saved(service, "CATALOG_REQUIREMENT_CHANGED", before + " -> " + describe(requirement));
    }

    /** One place up (towards the first) or down in the order citizens see; at either end nothing changes. */
    public ServiceRequirements moveRequirement(long serviceId, long version, long requirementId, boolean up) {
        CatalogService service = lockedService(serviceId, version);
        DocumentRequirement requirement = currentRequirement(service, requirementId);
        if (!service.moveRequirement(requirement, up)) {
            return view(service);
        }
        return saved(service, "CATALOG_REQUIREMENT_MOVED", describe(requirement) + " al puesto "
                + (service.getRequirements().indexOf(requirement) + 1));
    }

    /**
     * Stops asking for a document. It is retired, not deleted (see
     * {@link CatalogService#removeRequirement}), so requests already filed keep their documents.
     */
    public ServiceRequirements removeRequirement(long serviceId, long version, long requirementId) {
        CatalogService service = lockedService(serviceId, version);
        DocumentRequirement requirement = currentRequirement(service, requirementId);
        service.removeRequirement(requirement);
        return saved(service, "CATALOG_REQUIREMENT_REMOVED", describe(requirement));
    }

    /** The service, locked, as the page that edits it drew it; refused when someone changed it meanwhile. */
    private CatalogService lockedService(long serviceId, long version) {
        CatalogService service = em.find(CatalogService.class, serviceId, LockModeType.PESSIMISTIC_WRITE);
        if (service == null) {
            throw new NotFound("error.catalog.notFound");
        }
        if (service.getVersion() != version) {
            throw new RuleViolation("error.catalog.changedMeanwhile", service.getName());
        }
        return service;
    }

    private static DocumentRequirement currentRequirement(CatalogService service, long requirementId) {
        return service.requirement(requirementId).orElseThrow(() -> new NotFound("error.catalog.requirementNotFound"));
    }

    /**
     * The requirement trimmed and checked: a name unique among the service's documents, only file
     * types the upload check recognises by content, a size up to the system-wide limit.
     */
    private static RequirementSettings checked(CatalogService service, DocumentRequirement editing, RequirementSettings s) {
        String name = Texts.required(s.name(), 200, "error.requirement.nameRequired");
        String description = Texts.optional(s.description(), 1000);
        if (s.allowedTypes() == null || s.allowedTypes().isEmpty()) {
            throw new RuleViolation("error.requirement.typesRequired");
        }
        if (s.allowedTypes().stream().anyMatch(t -> t == null || !DocumentInspector.TYPES.contains(t))) {
            throw new RuleViolation("error.requirement.typeUnknown");
        }
        if (s.maxSizeMegabytes() < 1 || s.maxSizeMegabytes() > DocumentInspector.MAX_DOCUMENT_MEGABYTES) {
            throw new RuleViolation("error.requirement.sizeRange", DocumentInspector.MAX_DOCUMENT_MEGABYTES);
        }
        if (service.getRequirements().stream().anyMatch(r -> r != editing && r.getName().equalsIgnoreCase(name))) {
            throw new RuleViolation("error.requirement.nameTaken", name);
        }
        return new RequirementSettings(name, description, s.mandatory(), s.allowedTypes(), s.maxSizeMegabytes());
    }

    /** In the order of {@link DocumentInspector#TYPES}, however the page listed them. */
    private static String allowedTypes(RequirementSettings valid) {
        return DocumentInspector.TYPES.stream().filter(valid.allowedTypes()::contains).collect(Collectors.joining(","));
    }

    private static long bytes(RequirementSettings valid) {
        return valid.maxSizeMegabytes() * DocumentInspector.BYTES_PER_MEGABYTE;
    }

    /**
     * Writes a change to the service's requirements and audits it. The service's version moves on
     * although no column of its own changed, because its requirements are part of what the page
     * that edits it drew.
     */
    private ServiceRequirements saved(CatalogService service, String action, String details) {
        em.lock(service, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(action, null, null, null, service.getCode() + ": " + details);
        return view(service);
    }

    private static ServiceRequirements view(CatalogService service) {
        return new ServiceRequirements(service.getId(), service.getCode(), service.getName(), service.getVersion(),
                service.getRequirements().stream().map(RequirementView::of).toList());
    }

    private static String describe(DocumentRequirement r) {
        return "requisito " + r.getId() + " \"" + r.getName() + "\" (" + (r.isMandatory() ? "obligatorio" : "opcional") + ", "
                + r.getAllowedTypes() + ", " + r.getMaxSizeBytes() + " bytes)";
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
