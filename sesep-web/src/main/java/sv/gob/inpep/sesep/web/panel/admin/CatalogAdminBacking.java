package sv.gob.inpep.sesep.web.panel.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import sv.gob.inpep.sesep.BusinessException;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.catalog.boundary.CatalogAdministration;
import sv.gob.inpep.sesep.catalog.boundary.CatalogChoices;
import sv.gob.inpep.sesep.catalog.boundary.FieldSettings;
import sv.gob.inpep.sesep.catalog.boundary.RequirementAdministration;
import sv.gob.inpep.sesep.catalog.boundary.RequirementSettings;
import sv.gob.inpep.sesep.catalog.boundary.RequirementView;
import sv.gob.inpep.sesep.catalog.boundary.ServiceForm;
import sv.gob.inpep.sesep.catalog.boundary.ServiceFormAdministration;
import sv.gob.inpep.sesep.catalog.boundary.ServiceRequirements;
import sv.gob.inpep.sesep.catalog.boundary.ServiceSettings;
import sv.gob.inpep.sesep.catalog.entity.FieldType;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;
import sv.gob.inpep.sesep.documents.control.UploadLimits;
import sv.gob.inpep.sesep.requests.boundary.FieldView;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * "Catálogo de servicios": the services with their settings; "Editar" opens a dialog with the
 * service as the page drew it (its version), so an edit made meanwhile by someone else is refused
 * by the boundary rather than overwritten. "Documentos" lists the documents the service requires,
 * to add, edit, reorder and remove them under the same version; "Formulario" does the same for the
 * fields the citizen types when filing, and replaces or removes the downloadable PDF form. Each
 * change reloads the services too, because it moves the service's version on.
 */
@Named
@ViewScoped
public class CatalogAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** What a new requirement starts with: the size most demo requirements have. */
    private static final int DEFAULT_SIZE_MEGABYTES = 5;

    @Inject
    CatalogAdministration catalog;

    @Inject
    RequirementAdministration requirementAdministration;

    @Inject
    ServiceFormAdministration formAdministration;

    @Inject
    UploadLimits limits;

    /** The "Categorías" section of the same page, whose service counts follow a service's move. */
    @Inject
    CategoriesBacking categoryList;

    private List<ServiceSettings> services;
    private ServiceSettings editing;
    private List<CatalogChoices.Choice> categories = List.of();
    private ServiceDraft draft;

    private ServiceRequirements requirements;
    private boolean requirementDialog;
    private Long requirementId;
    private String requirementName;
    private String requirementDescription;
    private boolean requirementMandatory;
    private List<String> requirementTypes = new ArrayList<>();
    private Integer requirementSizeMegabytes;
    private List<SelectItem> sizes;

    private ServiceForm form;
    private boolean fieldDialog;
    private String editingFieldCode;
    private String fieldCode;
    private String fieldLabel;
    private FieldType fieldType;
    private boolean fieldRequired;
    private String fieldOptions;

    @PostConstruct
    void init() {
        sizes = IntStream.rangeClosed(1, limits.getDocumentMaxMegabytes())
                .mapToObj(mb -> new SelectItem(mb, RequirementView.megabytes(mb * DocumentInspector.BYTES_PER_MEGABYTE))).toList();
        load();
    }

    void load() {
        services = catalog.services();
        if (requirements != null) {
            requirements = requirementAdministration.of(requirements.serviceId());
        }
        if (form != null) {
            form = formAdministration.of(form.serviceId());
        }
    }

    /** "Editar" on a row (request parameter {@code id}). */
    public void edit() {
        long id = Long.parseLong(parameter("id"));
        editing = services.stream().filter(s -> s.id() == id).findFirst().orElse(null);
        if (editing != null) {
            draft = ServiceDraft.of(editing);
            categories = catalog.choices().categories();
        }
    }

    public void save() {
        try {
            ServiceSettings saved = catalog.update(new ServiceSettings(editing.id(), editing.code(), draft.getCategoryId(),
                    editing.categoryName(), editing.areaName(), draft.getName(), draft.getDescription(), draft.sla(),
                    draft.correctionDays(), draft.statutoryDays(), draft.isStatutoryPausedWhenObserved(), draft.kinds(),
                    draft.isAllowsMultipleOpen(), draft.isActive(), editing.version()));
            FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.catalog.saved", saved.name());
            editing = null;
        } catch (RuleViolation refused) {
            if ("error.catalog.changedMeanwhile".equals(refused.getMessageKey())) {
                editing = null;   // the list is reloaded below: edit the current version again
            }
            throw refused;
        } finally {
            load();
            categoryList.reload();
        }
    }

    public void cancel() {
        editing = null;
    }

    /** "Documentos" on a row (request parameter {@code id}): shows that service's requirements. */
    public void showRequirements() {
        requirements = requirementAdministration.of(Long.parseLong(parameter("id")));
        requirementDialog = false;
    }

    /** "Agregar documento": an empty form, accepting every type, with a common size. */
    public void newRequirement() {
        requirementId = null;
        requirementName = null;
        requirementDescription = null;
        requirementMandatory = true;
        requirementTypes = new ArrayList<>(DocumentInspector.TYPES);
        requirementSizeMegabytes = DEFAULT_SIZE_MEGABYTES;
        requirementDialog = true;
    }

    /**
     * "Editar" on a requirement (request parameter {@code requirement}). A size that is not a whole
     * number of megabytes is shown rounded up.
     */
    public void editRequirement() {
        long id = Long.parseLong(parameter("requirement"));
        RequirementView requirement = requirements.requirements().stream().filter(r -> r.id() == id).findFirst().orElse(null);
        if (requirement != null) {
            requirementId = id;
            requirementName = requirement.name();
            requirementDescription = requirement.description();
            requirementMandatory = requirement.mandatory();
            requirementTypes = new ArrayList<>(requirement.allowedTypes());
            requirementSizeMegabytes = (int) Math.ceil((double) requirement.maxSizeBytes() / DocumentInspector.BYTES_PER_MEGABYTE);
            requirementDialog = true;
        }
    }

    public void saveRequirement() {
        RequirementSettings settings = new RequirementSettings(requirementName, requirementDescription, requirementMandatory,
                new HashSet<>(requirementTypes), requirementSizeMegabytes == null ? 0 : requirementSizeMegabytes);
        Long id = requirementId;
        if (id == null) {
            change(() -> requirementAdministration.add(requirements.serviceId(), requirements.version(), settings),
                    "panel.admin.requirements.added", requirementName);
        } else {
            change(() -> requirementAdministration.update(requirements.serviceId(), requirements.version(), id, settings),
                    "panel.admin.requirements.saved", requirementName);
        }
    }

    public void cancelRequirement() {
        requirementDialog = false;
    }

    /** "Subir" on a requirement (request parameter {@code requirement}). */
    public void moveUp() {
        long id = Long.parseLong(parameter("requirement"));
        change(() -> requirementAdministration.move(requirements.serviceId(), requirements.version(), id, true),
                "panel.admin.requirements.moved");
    }

    /** "Bajar" on a requirement (request parameter {@code requirement}). */
    public void moveDown() {
        long id = Long.parseLong(parameter("requirement"));
        change(() -> requirementAdministration.move(requirements.serviceId(), requirements.version(), id, false),
                "panel.admin.requirements.moved");
    }

    /** "Quitar" on a requirement (request parameter {@code requirement}), after the page asked to confirm. */
    public void removeRequirement() {
        long id = Long.parseLong(parameter("requirement"));
        String name = requirements.requirements().stream().filter(r -> r.id() == id).map(RequirementView::name).findFirst().orElse("");
        change(() -> requirementAdministration.remove(requirements.serviceId(), requirements.version(), id),
                "panel.admin.requirements.removed", name);
    }

    /** "Formulario" on a row (request parameter {@code id}): shows that service's form fields and downloadable form. */
    public void showForm() {
        form = formAdministration.of(Long.parseLong(parameter("id")));
        fieldDialog = false;
    }

    /** "Agregar campo": an empty, required text field. */
    public void newField() {
        editingFieldCode = null;
        fieldCode = null;
        fieldLabel = null;
        fieldType = FieldType.TEXT;
        fieldRequired = true;
        fieldOptions = null;
        fieldDialog = true;
    }

    /** "Editar" on a field (request parameter {@code field}, its code); the code is shown, not edited. */
    public void editField() {
        String code = parameter("field");
        FieldView field = form.fields().stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
        if (field != null) {
            editingFieldCode = code;
            fieldCode = code;
            fieldLabel = field.label();
            fieldType = field.type();
            fieldRequired = field.required();
            fieldOptions = String.join("\n", field.options());
            fieldDialog = true;
        }
    }

    /** The choices are typed one per line. */
    public void saveField() {
        List<String> options = fieldOptions == null ? List.of() : List.of(fieldOptions.split("\\R"));
        FieldSettings settings = new FieldSettings(fieldCode, fieldLabel, fieldType, fieldRequired, options);
        String code = editingFieldCode;
        if (code == null) {
            change(() -> formAdministration.addField(form.serviceId(), form.version(), settings), "panel.admin.fields.added", fieldLabel);
        } else {
            change(() -> formAdministration.updateField(form.serviceId(), form.version(), code, settings), "panel.admin.fields.saved",
                    fieldLabel);
        }
    }

    public void cancelField() {
        fieldDialog = false;
    }

    /** "Subir" on a field (request parameter {@code field}). */
    public void moveFieldUp() {
        String code = parameter("field");
        change(() -> formAdministration.moveField(form.serviceId(), form.version(), code, true), "panel.admin.fields.moved");
    }

    /** "Bajar" on a field (request parameter {@code field}). */
    public void moveFieldDown() {
        String code = parameter("field");
        change(() -> formAdministration.moveField(form.serviceId(), form.version(), code, false), "panel.admin.fields.moved");
    }

    /** "Quitar" on a field (request parameter {@code field}), after the page asked to confirm. */
    public void removeField() {
        String code = parameter("field");
        String label = form.fields().stream().filter(f -> f.code().equals(code)).map(FieldView::label).findFirst().orElse(code);
        change(() -> formAdministration.removeField(form.serviceId(), form.version(), code), "panel.admin.fields.removed", label);
    }

    /**
     * A PDF chosen for the downloadable form. A refused file (not a PDF by content, damaged, too
     * large, or a stale page) is reported next to the upload, as on the filing page.
     */
    public void uploadForm(FileUploadEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        UploadedFile file = event.getFile();
        try {
            change(() -> formAdministration.attachForm(form.serviceId(), form.version(), file.getFileName(), file.getContent()),
                    "panel.admin.form.attached", DocumentInspector.safeFileName(file.getFileName()));
        } catch (BusinessException refused) {
            FieldMessages.error(context, event.getComponent().getClientId(context), refused);
        }
    }

    /** "Quitar formulario", after the page asked to confirm. */
    public void removeForm() {
        String name = form.formFileName();
        change(() -> formAdministration.removeForm(form.serviceId(), form.version()), "panel.admin.form.removed", name);
    }

    /**
     * Runs a change of the requirements, fields or form with the version the page drew, confirms it
     * and reloads. When it is refused as stale the dialog is closed: the reloaded list is what to
     * edit again.
     */
    private void change(Runnable change, String doneKey, Object... arguments) {
        try {
            change.run();
            FieldMessages.info(FacesContext.getCurrentInstance(), doneKey, arguments);
            requirementDialog = false;
            fieldDialog = false;
        } catch (RuleViolation refused) {
            if ("error.catalog.changedMeanwhile".equals(refused.getMessageKey())) {
                requirementDialog = false;
                fieldDialog = false;
            }
            throw refused;
        } finally {
            load();
        }
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    public ServiceRequirements getRequirements() {
        return requirements;
    }

    public ServiceForm getForm() {
        return form;
    }

    public boolean isFieldDialog() {
        return fieldDialog;
    }

    public boolean isAddingField() {
        return editingFieldCode == null;
    }

    public FieldType[] getFieldTypes() {
        return FieldType.values();
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public void setFieldCode(String fieldCode) {
        this.fieldCode = fieldCode;
    }

    public String getFieldLabel() {
        return fieldLabel;
    }

    public void setFieldLabel(String fieldLabel) {
        this.fieldLabel = fieldLabel;
    }

    public FieldType getFieldType() {
        return fieldType;
    }

    public void setFieldType(FieldType fieldType) {
        this.fieldType = fieldType;
    }

    public boolean isFieldRequired() {
        return fieldRequired;
    }

    public void setFieldRequired(boolean fieldRequired) {
        this.fieldRequired = fieldRequired;
    }

    public String getFieldOptions() {
        return fieldOptions;
    }

    public void setFieldOptions(String fieldOptions) {
        this.fieldOptions = fieldOptions;
    }

    public boolean isRequirementDialog() {
        return requirementDialog;
    }

    public boolean isAddingRequirement() {
        return requirementId == null;
    }

    public List<String> getFileTypes() {
        return DocumentInspector.TYPES;
    }

    public List<SelectItem> getSizes() {
        return sizes;
    }

    public String getRequirementName() {
        return requirementName;
    }

    public void setRequirementName(String requirementName) {
        this.requirementName = requirementName;
    }

    public String getRequirementDescription() {
        return requirementDescription;
    }

    public void setRequirementDescription(String requirementDescription) {
        this.requirementDescription = requirementDescription;
    }

    public boolean isRequirementMandatory() {
        return requirementMandatory;
    }

    public void setRequirementMandatory(boolean requirementMandatory) {
        this.requirementMandatory = requirementMandatory;
    }

    public List<String> getRequirementTypes() {
        return requirementTypes;
    }

    public void setRequirementTypes(List<String> requirementTypes) {
        this.requirementTypes = requirementTypes;
    }

    public Integer getRequirementSizeMegabytes() {
        return requirementSizeMegabytes;
    }

    public void setRequirementSizeMegabytes(Integer requirementSizeMegabytes) {
        this.requirementSizeMegabytes = requirementSizeMegabytes;
    }

    public List<ServiceSettings> getServices() {
        return services;
    }

    public ServiceSettings getEditing() {
        return editing;
    }

    public List<CatalogChoices.Choice> getCategories() {
        return categories;
    }

    public ServiceDraft getDraft() {
        return draft;
    }

    public ApplicantKind[] getKinds() {
        return ApplicantKind.values();
    }
}
