package sv.gob.inpep.sesep.catalog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.catalog.control.CatalogEdits;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.DocumentRequirement;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;
import sv.gob.inpep.sesep.documents.control.UploadLimits;

import java.util.stream.Collectors;

/**
 * "Requisitos" of a service in the administrator's catalogue: the documents citizens attach when
 * filing it, in order, each with the file types and size it accepts. A requirement taken out is
 * retired, not deleted, so requests already filed keep their documents and show what was asked.
 * The requirements count as part of the service: changing them moves its version on, and a change
 * made on a page drawn before someone else's is refused ({@link CatalogEdits}). Every change is audited.
 */
@Stateless
@RolesAllowed("ADMIN")
public class RequirementAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogEdits edits;

    @Inject
    UploadLimits limits;

    /** The documents the service asks for now, in order, with the version an edit must carry. */
    public ServiceRequirements of(long serviceId) {
        return view(edits.found(serviceId));
    }

    /** Adds a document after the ones the service already asks for. */
    public ServiceRequirements add(long serviceId, long version, RequirementSettings added) {
        CatalogService service = edits.lockedService(serviceId, version);
        RequirementSettings valid = checked(service, null, added);
        DocumentRequirement requirement = service.addRequirement(valid.name(), valid.description(), valid.mandatory(),
                allowedTypes(valid), bytes(valid));
        em.persist(requirement);
        return view(edits.saved(service, AuditAction.CATALOG_REQUIREMENT_ADDED, describe(requirement)));
    }

    /** Changes a document's name, description, whether it is mandatory, the file types and the size it accepts. */
    public ServiceRequirements update(long serviceId, long version, long requirementId, RequirementSettings edited) {
        CatalogService service = edits.lockedService(serviceId, version);
        DocumentRequirement requirement = currentRequirement(service, requirementId);
        RequirementSettings valid = checked(service, requirement, edited);
        String before = describe(requirement);
        requirement.change(valid.name(), valid.description(), valid.mandatory(), allowedTypes(valid), bytes(valid));
        return view(edits.saved(service, AuditAction.CATALOG_REQUIREMENT_CHANGED, before + " -> " + describe(requirement)));
    }

    /** One place up (towards the first) or down in the order citizens see; at either end nothing changes. */
    public ServiceRequirements move(long serviceId, long version, long requirementId, boolean up) {
        CatalogService service = edits.lockedService(serviceId, version);
        DocumentRequirement requirement = currentRequirement(service, requirementId);
        if (!service.moveRequirement(requirement, up)) {
            return view(service);
        }
        return view(edits.saved(service, AuditAction.CATALOG_REQUIREMENT_MOVED, describe(requirement) + " al puesto "
                + (service.getRequirements().indexOf(requirement) + 1)));
    }

    /**
     * Stops asking for a document. It is retired, not deleted (see
     * {@link CatalogService#removeRequirement}), so requests already filed keep their documents.
     */
    public ServiceRequirements remove(long serviceId, long version, long requirementId) {
        CatalogService service = edits.lockedService(serviceId, version);
        DocumentRequirement requirement = currentRequirement(service, requirementId);
        service.removeRequirement(requirement);
        return view(edits.saved(service, AuditAction.CATALOG_REQUIREMENT_REMOVED, describe(requirement)));
    }

    private static DocumentRequirement currentRequirement(CatalogService service, long requirementId) {
        return service.requirement(requirementId).orElseThrow(() -> new NotFound("error.catalog.requirementNotFound"));
    }

    /**
     * The requirement trimmed and checked: a name unique among the service's documents, only file
     * types the upload check recognises by content, a size up to the system-wide limit.
     */
    private RequirementSettings checked(CatalogService service, DocumentRequirement editing, RequirementSettings s) {
        String name = Texts.required(s.name(), 200, "error.requirement.nameRequired");
        String description = Texts.optional(s.description(), 1000);
        if (s.allowedTypes() == null || s.allowedTypes().isEmpty()) {
            throw new RuleViolation("error.requirement.typesRequired");
        }
        if (s.allowedTypes().stream().anyMatch(t -> t == null || !DocumentInspector.TYPES.contains(t))) {
            throw new RuleViolation("error.requirement.typeUnknown");
        }
        if (s.maxSizeMegabytes() < 1 || s.maxSizeMegabytes() > limits.getDocumentMaxMegabytes()) {
            throw new RuleViolation("error.requirement.sizeRange", limits.getDocumentMaxMegabytes());
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

    private static ServiceRequirements view(CatalogService service) {
        return new ServiceRequirements(service.getId(), service.getCode(), service.getName(), service.getVersion(),
                service.getRequirements().stream().map(RequirementView::of).toList());
    }

    private static String describe(DocumentRequirement r) {
        return "requisito " + r.getId() + " \"" + r.getName() + "\" (" + (r.isMandatory() ? "obligatorio" : "opcional") + ", "
                + r.getAllowedTypes() + ", " + r.getMaxSizeBytes() + " bytes)";
    }
}
