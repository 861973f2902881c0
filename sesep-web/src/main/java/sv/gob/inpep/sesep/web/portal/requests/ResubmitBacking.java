package sv.gob.inpep.sesep.web.portal.requests;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.documents.boundary.StagedFile;
import sv.gob.inpep.sesep.documents.boundary.Uploads;
import sv.gob.inpep.sesep.requests.boundary.DocumentView;
import sv.gob.inpep.sesep.requests.boundary.Filed;
import sv.gob.inpep.sesep.requests.boundary.Requests;
import sv.gob.inpep.sesep.requests.boundary.Resubmission;
import sv.gob.inpep.sesep.requests.boundary.ResubmissionForm;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * "Subsanar" ({@code ?id=}): the citizen reads the observations, sends new files (a new file for
 * a requirement replaces the ones on file for it) and/or a comment, and the same SEI goes back to
 * the queue with a new ticket.
 */
@Named
@ViewScoped
public class ResubmitBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Requests requests;

    @Inject
    transient Uploads uploads;

    private Long requestId;
    private ResubmissionForm form;
    private StagedFiles files;
    private String comment;

    /** f:viewAction. */
    public void load() {
        if (requestId == null) {
            throw new NotFound("error.request.notFound");
        }
        form = requests.resubmissionForm(requestId);
        files = new StagedFiles(form.formToken(), form.serviceId());
    }

    public void upload(FileUploadEvent event) {
        files.upload(event, uploads);
    }

    public void discard(StagedFile file) {
        files.discard(file, uploads);
    }

    public String submit() {
        Filed filed = requests.resubmit(new Resubmission(form.requestId(), files.formToken(), comment));
        return "/portal/solicitud.xhtml?faces-redirect=true&id=" + filed.requestId() + "&subsanada=true";
    }

    public List<StagedFile> filesFor(Long requirementId) {
        return files.forRequirement(requirementId);
    }

    /** The documents on file for a requirement (null: the extra ones). */
    public List<DocumentView> currentFor(Long requirementId) {
        return form.currentDocuments().stream().filter(d -> Objects.equals(d.requirementId(), requirementId)).toList();
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public ResubmissionForm getForm() {
        return form;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
