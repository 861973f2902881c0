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
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.DocumentRequirement;
import sv.gob.inpep.sesep.catalog.entity.FieldType;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.catalog.entity.ServiceCategory;
import sv.gob.inpep.sesep.catalog.entity.ServiceField;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;
import sv.gob.inpep.sesep.documents.control.UploadLimits;
import sv.gob.inpep.sesep.requests.boundary.FieldView;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Catálogo de servicios" for the administrator: the services with their settings, the documents
 * each requires, the fields of its filing form and its downloadable PDF form, and editing them. An
 * edit made on a page that another administrator changed meanwhile is refused, not silently
 * overwritten; a service's requirements, fields and form count as part of the service, so changing
 * them moves its version on. A service taken out of the catalogue (inactive) can no longer be
 * requested, and a requirement or field taken out is no longer asked for; requests, tickets and
 * documents already filed go on, and keep showing what was asked. The categories that group the
 * catalogue are added, renamed, reordered and, while they hold no service, deleted here too, under
 * the same rule about concurrent edits. Every change is audited.
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

    /**
     * A service's or category's code: a letter, then upper-case letters, digits and hyphens, as the
     * demo's CONST-TSERV and CONSTANCIAS (both columns hold 20).
     */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");
    /**
     * A field's code: the key of its value in the form data of every request filed, so plain and
     * fixed: a lower-case letter, then lower-case letters, digits or underscores (service_field.code).
     */
    private static final Pattern FIELD_CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final int MAX_LABEL = 200;
    /** service_field.options holds the choices joined by the separator. */
    private static final int MAX_OPTIONS = 1000;

    private final DocumentInspector inspector = new DocumentInspector();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    UploadLimits limits;

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
        String code = checkedCode(added.code(), CatalogService.MAX_CODE, "error.catalog.codeRequired", "error.catalog.codeFormat");
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
        CatalogService service = lockedService(edited.id(), edited.version());
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

    /** The documents the service asks for now, in order, with the version an edit must carry. */
    public ServiceRequirements requirements(long serviceId) {
        return view(found(serviceId));
    }

    /** Adds a document after the ones the service already asks for. */
    public ServiceRequirements addRequirement(long serviceId, long version, RequirementSettings added) {
        CatalogService service = lockedService(serviceId, version);
        RequirementSettings valid = checked(service, null, added);
        DocumentRequirement requirement = service.addRequirement(valid.name(), valid.description(), valid.mandatory(),
                allowedTypes(valid), bytes(valid));
        em.persist(requirement);
        return view(saved(service, AuditAction.CATALOG_REQUIREMENT_ADDED, describe(requirement)));
    }

    public ServiceRequirements updateRequirement(long serviceId, long version, long requirementId, RequirementSettings edited) {
        CatalogService service = lockedService(serviceId, version);
        DocumentRequirement requirement = currentRequirement(service, requirementId);
        RequirementSettings valid = checked(service, requirement, edited);
        String before = describe(requirement);
        requirement.change(valid.name(), valid.description(), valid.mandatory(), allowedTypes(valid), bytes(valid));
        return view(saved(service, AuditAction.CATALOG_REQUIREMENT_CHANGED, before + " -> " + describe(requirement)));
    }

    /** One place up (towards the first) or down in the order citizens see; at either end nothing changes. */
    public ServiceRequirements moveRequirement(long serviceId, long version, long requirementId, boolean up) {
        CatalogService service = lockedService(serviceId, version);
        DocumentRequirement requirement = currentRequirement(service, requirementId);
        if (!service.moveRequirement(requirement, up)) {
            return view(service);
        }
        return view(saved(service, AuditAction.CATALOG_REQUIREMENT_MOVED, describe(requirement) + " al puesto "
                + (service.getRequirements().indexOf(requirement) + 1)));
    }

    /**
     * Stops asking for a document. It is retired, not deleted (see
     * {@link CatalogService#removeRequirement}), so requests already filed keep their documents.
     */
    public ServiceRequirements removeRequirement(long serviceId, long version, long requirementId) {
        CatalogService service = lockedService(serviceId, version);
        DocumentRequirement requirement = currentRequirement(service, requirementId);
        service.removeRequirement(requirement);
        return view(saved(service, AuditAction.CATALOG_REQUIREMENT_REMOVED, describe(requirement)));
    }

    /** The fields citizens fill in when filing, in order, and the downloadable form, with the version an edit must carry. */
    public ServiceForm form(long serviceId) {
        return formView(found(serviceId));
    }

    /** Adds a field after the ones the form already has. Its code is fixed from now on. */
    public ServiceForm addField(long serviceId, long version, FieldSettings added) {
        CatalogService service = lockedService(serviceId, version);
        String code = Texts.required(added.code(), MAX_LABEL, "error.field.codeRequired");
        if (!FIELD_CODE.matcher(code).matches()) {
            throw new RuleViolation("error.field.codeFormat");
        }
        if (service.hasFieldCode(code)) {
            throw new RuleViolation("error.field.codeTaken", code);
        }
        FieldSettings valid = checked(service, null, added);
        ServiceField field = service.addField(code, valid.label(), valid.type(), valid.required(), options(valid));
        em.persist(field);
        return formView(saved(service, AuditAction.CATALOG_FIELD_ADDED, describe(field)));
    }

    /** Changes a field's label, type, choices and whether it is required; its code stays (the one in {@code edited} is ignored). */
    public ServiceForm updateField(long serviceId, long version, String fieldCode, FieldSettings edited) {
        CatalogService service = lockedService(serviceId, version);
        ServiceField field = currentField(service, fieldCode);
        FieldSettings valid = checked(service, field, edited);
        String before = describe(field);
        field.change(valid.label(), valid.type(), valid.required(), options(valid));
        return formView(saved(service, AuditAction.CATALOG_FIELD_CHANGED, before + " -> " + describe(field)));
    }

    /** One place up or down in the form, as {@link #moveRequirement}. */
    public ServiceForm moveField(long serviceId, long version, String fieldCode, boolean up) {
        CatalogService service = lockedService(serviceId, version);
        ServiceField field = currentField(service, fieldCode);
        if (!service.moveField(field, up)) {
            return formView(service);
        }
        return formView(saved(service, AuditAction.CATALOG_FIELD_MOVED,
                describe(field) + " al puesto " + (service.getFields().indexOf(field) + 1)));
    }

    /**
     * Stops asking for a field in new requests. It is retired, not deleted (see
     * {@link CatalogService#removeField}), so requests already filed keep showing its value under its label.
     */
    public ServiceForm removeField(long serviceId, long version, String fieldCode) {
        CatalogService service = lockedService(serviceId, version);
        ServiceField field = currentField(service, fieldCode);
        service.removeField(field);
        return formView(saved(service, AuditAction.CATALOG_FIELD_REMOVED, describe(field)));
    }

    /**
     * Puts a PDF up as the service's downloadable form, replacing the one there was. It must be a
     * PDF by content that opens, no larger than any document a citizen may attach.
     */
    public ServiceForm attachForm(long serviceId, long version, String fileName, byte[] content) {
        CatalogService service = lockedService(serviceId, version);
        String name = DocumentInspector.safeFileName(fileName);
        if (content != null && content.length > limits.getFormMaxBytes()) {
            throw new RuleViolation("error.catalog.formTooLarge", name, limits.getFormMaxMegabytes());
        }
        if (content != null && content.length > 0 && !DocumentInspector.PDF.equals(DocumentInspector.detect(content))) {
            throw new RuleViolation("error.catalog.formNotPdf", name);
        }
        DocumentInspector.Inspection pdf = inspector.inspect(name, content);
        String before = service.hasForm() ? service.getFormFileName() : "sin formulario";
        service.attachForm(pdf.fileName(), pdf.contentType(), pdf.content());
        return formView(saved(service, AuditAction.CATALOG_FORM_ATTACHED, "formulario " + before + " -> " + pdf.fileName() + " ("
                + pdf.sizeBytes() + " bytes, SHA-256 " + pdf.sha256() + ")"));
    }

    /** Withdraws the downloadable form; citizens and agents no longer find it. */
    public ServiceForm removeForm(long serviceId, long version) {
        CatalogService service = lockedService(serviceId, version);
        if (!service.hasForm()) {
            throw new NotFound("error.catalog.formNotFound");
        }
        String removed = service.getFormFileName();
        service.removeForm();
        return formView(saved(service, AuditAction.CATALOG_FORM_REMOVED, "formulario " + removed));
    }

    /** The categories in the order citizens see them, each with how many services it holds. */
    public List<CategoryView> categories() {
        Map<Long, Long> services = em.createQuery("SELECT s.category.id, COUNT(s) FROM CatalogService s GROUP BY s.category.id",
                Object[].class).getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return em.createNamedQuery("ServiceCategory.ordered", ServiceCategory.class).getResultStream()
                .map(c -> new CategoryView(c.getId(), c.getCode(), c.getName(), services.getOrDefault(c.getId(), 0L), c.getVersion()))
                .toList();
    }

    /**
     * Adds a category after the last one. Its code is fixed from now on; its name is no other
     * category's. Like every change of the categories, it answers with them as they are now.
     */
    public List<CategoryView> createCategory(String code, String name) {
        List<ServiceCategory> categories = lockedCategories();
        String checkedCode = checkedCode(code, ServiceCategory.MAX_CODE, "error.category.codeRequired", "error.category.codeFormat");
        String checkedName = checkedCategoryName(categories, name, null);
        if (categories.stream().anyMatch(c -> c.getCode().equals(checkedCode))) {
            throw new RuleViolation("error.category.codeTaken", checkedCode);
        }
        ServiceCategory category = ServiceCategory.after(categories, checkedCode, checkedName);
        em.persist(category);
        em.flush();
        audit.record(AuditAction.CATALOG_CATEGORY_CREATED, null, null, null, describe(category) + " al puesto " + (categories.size() + 1));
        return categories();
    }

    /**
     * Renames a category: the public catalogue shows the new name at once, and so do the
     * Comprobantes issued from now on (those already issued keep the name they were printed with).
     */
    public List<CategoryView> renameCategory(long categoryId, long version, String name) {
        List<ServiceCategory> categories = lockedCategories();
        ServiceCategory category = currentCategory(categories, categoryId, version);
        String checkedName = checkedCategoryName(categories, name, category);
        if (checkedName.equals(category.getName())) {
            return categories();
        }
        String before = describe(category);
        category.setName(checkedName);
        em.flush();
        audit.record(AuditAction.CATALOG_CATEGORY_RENAMED, null, null, null, before + " -> \"" + checkedName + "\"");
        return categories();
    }

    /**
     * One place up (towards the first) or down in the order citizens see; at either end nothing
     * changes. Every category's version moves on, not only those whose sort order changed: a
     * category's place is part of what the page drew, so a move made on a page drawn before
     * someone else's reorder is refused rather than applied to an order its author never saw.
     */
    public List<CategoryView> moveCategory(long categoryId, long version, boolean up) {
        List<ServiceCategory> categories = lockedCategories();
        ServiceCategory category = currentCategory(categories, categoryId, version);
        int place = categories.indexOf(category) + 1;
        if (!ServiceCategory.move(categories, category, up)) {
            return categories();
        }
        categories.forEach(c -> em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
        em.flush();
        audit.record(AuditAction.CATALOG_CATEGORY_MOVED, null, null, null,
                describe(category) + " al puesto " + (up ? place - 1 : place + 1));
        return categories();
    }

    /**
     * Deletes a category that holds no service. One that holds any, even inactive ones, is refused:
     * services cannot be left without a category, and requests filed for them name it.
     */
    public List<CategoryView> deleteCategory(long categoryId, long version) {
        ServiceCategory category = currentCategory(lockedCategories(), categoryId, version);
        long services = em.createQuery("SELECT COUNT(s) FROM CatalogService s WHERE s.category = :category", Long.class)
                .setParameter("category", category).getSingleResult();
        if (services > 0) {
            throw new RuleViolation("error.category.inUse", category.getName(), services);
        }
        em.remove(category);
        em.flush();
        audit.record(AuditAction.CATALOG_CATEGORY_DELETED, null, null, null, describe(category));
        return categories();
    }

    /**
     * Every category, in order, locked: a change of one may renumber all of them or compare its name
     * with theirs, so changes to categories are made one after another (there are a handful).
     */
    private List<ServiceCategory> lockedCategories() {
        return em.createNamedQuery("ServiceCategory.ordered", ServiceCategory.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The category a service is put under, locked so that it cannot be deleted meanwhile. */
    private ServiceCategory lockedCategory(Long categoryId) {
        ServiceCategory category = categoryId == null ? null : em.find(ServiceCategory.class, categoryId, LockModeType.PESSIMISTIC_WRITE);
        if (category == null) {
            throw new RuleViolation("error.catalog.categoryRequired");
        }
        return category;
    }

    /** The category as the page that edits it drew it; refused when someone changed it meanwhile. */
    private static ServiceCategory currentCategory(List<ServiceCategory> categories, long categoryId, long version) {
        ServiceCategory category = categories.stream().filter(c -> c.getId() == categoryId).findFirst()
                .orElseThrow(() -> new NotFound("error.category.notFound"));
        if (category.getVersion() != version) {
            throw new RuleViolation("error.category.changedMeanwhile", category.getName());
        }
        return category;
    }

    /** A category's name, trimmed, shorter than its column, and no other category's in any case (citizens browse by it). */
    private static String checkedCategoryName(List<ServiceCategory> categories, String value, ServiceCategory editing) {
        String name = Texts.required(value, ServiceCategory.MAX_NAME, "error.category.nameRequired");
        if (categories.stream().anyMatch(other -> other != editing && other.getName().equalsIgnoreCase(name))) {
            throw new RuleViolation("error.category.nameTaken", name);
        }
        return name;
    }

    /** A code typed in any case, upper-cased, as {@link #CODE}. */
    private static String checkedCode(String value, int maxLength, String requiredKey, String formatKey) {
        String code = Texts.required(value, maxLength, requiredKey).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new RuleViolation(formatKey);
        }
        return code;
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

    private CatalogService found(long serviceId) {
        CatalogService service = em.find(CatalogService.class, serviceId);
        if (service == null) {
            throw new NotFound("error.catalog.notFound");
        }
        return service;
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

    private static ServiceField currentField(CatalogService service, String fieldCode) {
        return service.field(fieldCode).orElseThrow(() -> new NotFound("error.catalog.fieldNotFound"));
    }

    /**
     * The field trimmed and checked: a label unique among the form's fields, a type, and for a
     * SELECT at least two distinct choices (none may contain the separator they are stored with).
     * Choices of other types are dropped.
     */
    private static FieldSettings checked(CatalogService service, ServiceField editing, FieldSettings f) {
        String label = Texts.required(f.label(), MAX_LABEL, "error.field.labelRequired");
        if (f.type() == null) {
            throw new RuleViolation("error.field.typeRequired");
        }
        if (service.getFields().stream().anyMatch(other -> other != editing && other.getLabel().equalsIgnoreCase(label))) {
            throw new RuleViolation("error.field.labelTaken", label);
        }
        List<String> options = List.of();
        if (f.type() == FieldType.SELECT) {
            options = f.options() == null ? List.of()
                    : f.options().stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
            if (options.stream().anyMatch(o -> o.contains(ServiceField.OPTION_SEPARATOR))) {
                throw new RuleViolation("error.field.optionSeparator", ServiceField.OPTION_SEPARATOR);
            }
            if (options.stream().map(o -> o.toLowerCase(Locale.ROOT)).distinct().count() < options.size()) {
                throw new RuleViolation("error.field.optionRepeated");
            }
            if (options.size() < 2) {
                throw new RuleViolation("error.field.optionsTooFew");
            }
            if (String.join(ServiceField.OPTION_SEPARATOR, options).length() > MAX_OPTIONS) {
                throw new RuleViolation("error.field.optionsTooLong", MAX_OPTIONS);
            }
        }
        return new FieldSettings(f.code(), label, f.type(), f.required(), options);
    }

    private static String options(FieldSettings valid) {
        return valid.options().isEmpty() ? null : String.join(ServiceField.OPTION_SEPARATOR, valid.options());
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

    /**
     * Writes a change to the service's requirements, fields or form and audits it. The service's
     * version moves on although no column of its own may have changed, because its requirements
     * and fields are part of what the page that edits it drew.
     */
    private CatalogService saved(CatalogService service, AuditAction action, String details) {
        em.lock(service, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(action, null, null, null, service.getCode() + ": " + details);
        return service;
    }

    private static ServiceRequirements view(CatalogService service) {
        return new ServiceRequirements(service.getId(), service.getCode(), service.getName(), service.getVersion(),
                service.getRequirements().stream().map(RequirementView::of).toList());
    }

    private static ServiceForm formView(CatalogService service) {
        return new ServiceForm(service.getId(), service.getCode(), service.getName(), service.getVersion(),
                service.getFields().stream().map(FieldView::of).toList(), service.hasForm() ? service.getFormFileName() : null);
    }

    private static String describe(ServiceField f) {
        return "campo " + f.getCode() + " \"" + f.getLabel() + "\" (" + f.getType() + ", " + (f.isRequired() ? "obligatorio" : "opcional")
                + (f.getOptions() == null ? "" : ", opciones " + f.getOptions()) + ")";
    }

    private static String describe(DocumentRequirement r) {
        return "requisito " + r.getId() + " \"" + r.getName() + "\" (" + (r.isMandatory() ? "obligatorio" : "opcional") + ", "
                + r.getAllowedTypes() + ", " + r.getMaxSizeBytes() + " bytes)";
    }

    private static String describe(ServiceCategory c) {
        return "categoría " + c.getCode() + " \"" + c.getName() + "\"";
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
