package sv.gob.inpep.sesep.web.portal.requests;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import sv.gob.inpep.sesep.catalog.boundary.RequirementView;
import sv.gob.inpep.sesep.complaints.boundary.ComplaintSubject;
import sv.gob.inpep.sesep.documents.boundary.StagedFile;
import sv.gob.inpep.sesep.documents.boundary.Uploads;
import sv.gob.inpep.sesep.requests.boundary.Filed;
import sv.gob.inpep.sesep.requests.boundary.Filing;
import sv.gob.inpep.sesep.requests.boundary.FilingForm;
import sv.gob.inpep.sesep.requests.boundary.Requests;
import sv.gob.inpep.sesep.requests.boundary.ServiceChoice;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Nueva solicitud": without a service, the services the citizen may request; with one
 * ({@code ?servicio=}), its filing form: the service's fields, one upload per document it
 * requires, the Annex 1 declaration and "Presentar". The form's submission token lives in this
 * view, so a double click, a resent form or the back button all reach the same SEI.
 * <p>
 * Injects two boundaries on purpose: files belong to the documents component (checked and stored
 * as they arrive), the filing to the requests component.
 */
@Named
@ViewScoped
public class NewRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Ids in nueva-solicitud.xhtml, to put a message next to a requirement's upload or the declaration. */
    static final String FORM = "filing";
    static final String REQUIREMENTS = "reqs";
    /** The option groups' labels of a complaint's subjects. */
    static final Map<ComplaintSubject.Kind, String> GROUPS = Map.of(
            ComplaintSubject.Kind.AREA, "portal.newRequest.complaint.group.AREA",
            ComplaintSubject.Kind.SERVICE, "portal.newRequest.complaint.group.SERVICE",
            ComplaintSubject.Kind.REQUEST, "portal.newRequest.complaint.group.REQUEST");

    @Inject
    transient Requests requests;

    @Inject
    transient Uploads uploads;

    private Long serviceId;
    private List<ServiceChoice> choices;
    private FilingForm form;
    private List<FieldInput> inputs;
    private StagedFiles files;
    private boolean declarationAccepted;
    /** For a complaint service: the key of what the complaint is about, and the choices. */
    private String complaintSubject;
    private List<SelectItem> complaintSubjects;

    /** f:viewAction: the list of services, or the chosen service's form. */
    public void load() {
        if (serviceId == null) {
            choices = requests.eligibleServices();
            return;
        }
        form = requests.filingForm(serviceId);
        inputs = form.fields().stream().map(FieldInput::new).toList();
        files = new StagedFiles(form.submissionToken(), form.serviceId());
        complaintSubjects = form.isComplaint() ? subjectGroups(form) : List.of();
    }

    public void upload(FileUploadEvent event) {
        files.upload(event, uploads);
    }

    public void discard(StagedFile file) {
        files.discard(file, uploads);
    }

    /**
     * Validator of the declaration checkbox: it must be ticked. Runs with the fields' own checks,
     * so every problem of the form shows at once, each next to its field.
     */
    public void validateDeclaration(FacesContext context, UIComponent component, Object value) {
        if (!Boolean.TRUE.equals(value)) {
            throw new ValidatorException(FieldMessages.errorMessage(context, "request.declaration.required"));
        }
    }

    /**
     * Validator of the documents step (a hidden field): every mandatory document has a file. The
     * message goes next to each requirement's upload that still lacks one.
     */
    public void validateDocuments(FacesContext context, UIComponent component, Object value) {
        List<RequirementView> requirements = form.requirements();
        for (int i = 0; i < requirements.size(); i++) {
            RequirementView requirement = requirements.get(i);
            if (requirement.mandatory() && !files.answers(requirement.id())) {
                FieldMessages.error(context, FORM + ":" + REQUIREMENTS + ":" + i + ":upload",
                        "request.document.missing", requirement.name());
                ((UIInput) component).setValid(false);
            }
        }
    }

    /** Files the request (the page has checked it); on success shows the new SEI's page. */
    public String submit() {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldInput input : inputs) {
            if (input.text() != null) {
                values.put(input.getField().code(), input.text());
            }
        }
        Filed filed = requests.file(new Filing(form.serviceId(), form.submissionToken(), values, declarationAccepted,
                complaintSubject));
        return "/portal/solicitud.xhtml?faces-redirect=true&id=" + filed.requestId() + "&presentada=true";
    }

    public List<StagedFile> filesFor(Long requirementId) {
        return files.forRequirement(requirementId);
    }

    /** What a complaint may be about, grouped as areas, services and the citizen's own SEIs (an optgroup each). */
    private static List<SelectItem> subjectGroups(FilingForm form) {
        List<SelectItem> groups = new ArrayList<>();
        FacesContext context = FacesContext.getCurrentInstance();
        for (ComplaintSubject.Kind kind : ComplaintSubject.Kind.values()) {
            SelectItem[] items = form.complaintSubjects().stream().filter(s -> s.kind() == kind)
                    .map(s -> new SelectItem(s.key(), s.label())).toArray(SelectItem[]::new);
            if (items.length > 0) {
                groups.add(new SelectItemGroup(FieldMessages.text(context, GROUPS.get(kind)), null, false, items));
            }
        }
        return groups;
    }

    public List<SelectItem> getComplaintSubjects() {
        return complaintSubjects;
    }

    public String getComplaintSubject() {
        return complaintSubject;
    }

    public void setComplaintSubject(String complaintSubject) {
        this.complaintSubject = complaintSubject;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public List<ServiceChoice> getChoices() {
        return choices;
    }

    public FilingForm getForm() {
        return form;
    }

    public List<FieldInput> getInputs() {
        return inputs;
    }

    public boolean isDeclarationAccepted() {
        return declarationAccepted;
    }

    public void setDeclarationAccepted(boolean declarationAccepted) {
        this.declarationAccepted = declarationAccepted;
    }
}
