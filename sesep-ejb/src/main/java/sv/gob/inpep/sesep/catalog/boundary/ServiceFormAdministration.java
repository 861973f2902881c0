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
import sv.gob.inpep.sesep.catalog.entity.FieldType;
import sv.gob.inpep.sesep.catalog.entity.ServiceField;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;
import sv.gob.inpep.sesep.documents.control.UploadLimits;
import sv.gob.inpep.sesep.requests.boundary.FieldView;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Formulario" of a service in the administrator's catalogue: the fields citizens fill in when
 * filing it, in order, and the PDF form they may download. A field's code is fixed once added (it
 * keys the field's value in every request filed); a field taken out is retired, not deleted, so
 * requests already filed keep showing its value under its label. The form counts as part of the
 * service: changing it moves its version on, and a change made on a page drawn before someone
 * else's is refused ({@link CatalogEdits}). Every change is audited.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ServiceFormAdministration {

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
    CatalogEdits edits;

    @Inject
    UploadLimits limits;

    /** The fields citizens fill in when filing, in order, and the downloadable form, with the version an edit must carry. */
    public ServiceForm of(long serviceId) {
        return formView(edits.found(serviceId));
    }

    /** Adds a field after the ones the form already has. Its code is fixed from now on. */
    public ServiceForm addField(long serviceId, long version, FieldSettings added) {
        CatalogService service = edits.lockedService(serviceId, version);
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
        return formView(edits.saved(service, AuditAction.CATALOG_FIELD_ADDED, describe(field)));
    }

    /** Changes a field's label, type, choices and whether it is required; its code stays (the one in {@code edited} is ignored). */
    public ServiceForm updateField(long serviceId, long version, String fieldCode, FieldSettings edited) {
        CatalogService service = edits.lockedService(serviceId, version);
        ServiceField field = currentField(service, fieldCode);
        FieldSettings valid = checked(service, field, edited);
        String before = describe(field);
        field.change(valid.label(), valid.type(), valid.required(), options(valid));
        return formView(edits.saved(service, AuditAction.CATALOG_FIELD_CHANGED, before + " -> " + describe(field)));
    }

    /** One place up or down in the form, as {@link RequirementAdministration#move}. */
    public ServiceForm moveField(long serviceId, long version, String fieldCode, boolean up) {
        CatalogService service = edits.lockedService(serviceId, version);
        ServiceField field = currentField(service, fieldCode);
        if (!service.moveField(field, up)) {
            return formView(service);
        }
        return formView(edits.saved(service, AuditAction.CATALOG_FIELD_MOVED,
                describe(field) + " al puesto " + (service.getFields().indexOf(field) + 1)));
    }

    /**
     * Stops asking for a field in new requests. It is retired, not deleted (see
     * {@link CatalogService#removeField}), so requests already filed keep showing its value under its label.
     */
    public ServiceForm removeField(long serviceId, long version, String fieldCode) {
        CatalogService service = edits.lockedService(serviceId, version);
        ServiceField field = currentField(service, fieldCode);
        service.removeField(field);
        return formView(edits.saved(service, AuditAction.CATALOG_FIELD_REMOVED, describe(field)));
    }

    /**
     * Puts a PDF up as the service's downloadable form, replacing the one there was. It must be a
     * PDF by content that opens, no larger than any document a citizen may attach.
     */
    public ServiceForm attachForm(long serviceId, long version, String fileName, byte[] content) {
        CatalogService service = edits.lockedService(serviceId, version);
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
        return formView(edits.saved(service, AuditAction.CATALOG_FORM_ATTACHED, "formulario " + before + " -> " + pdf.fileName() + " ("
                + pdf.sizeBytes() + " bytes, SHA-256 " + pdf.sha256() + ")"));
    }

    /** Withdraws the downloadable form; citizens and agents no longer find it. */
    public ServiceForm removeForm(long serviceId, long version) {
        CatalogService service = edits.lockedService(serviceId, version);
        if (!service.hasForm()) {
            throw new NotFound("error.catalog.formNotFound");
        }
        String removed = service.getFormFileName();
        service.removeForm();
        return formView(edits.saved(service, AuditAction.CATALOG_FORM_REMOVED, "formulario " + removed));
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

    private static ServiceForm formView(CatalogService service) {
        return new ServiceForm(service.getId(), service.getCode(), service.getName(), service.getVersion(),
                service.getFields().stream().map(FieldView::of).toList(), service.hasForm() ? service.getFormFileName() : null);
    }

    private static String describe(ServiceField f) {
        return "campo " + f.getCode() + " \"" + f.getLabel() + "\" (" + f.getType() + ", " + (f.isRequired() ? "obligatorio" : "opcional")
                + (f.getOptions() == null ? "" : ", opciones " + f.getOptions()) + ")";
    }
}
