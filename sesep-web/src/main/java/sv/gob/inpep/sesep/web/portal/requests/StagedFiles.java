package sv.gob.inpep.sesep.web.portal.requests;

import jakarta.faces.context.FacesContext;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import sv.gob.inpep.sesep.BusinessException;
import sv.gob.inpep.sesep.documents.boundary.StagedFile;
import sv.gob.inpep.sesep.documents.boundary.Uploads;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The files attached so far to one form (filing or fix), for the view-scoped bean that owns the
 * form: only ids and names are kept here, the bytes went to the database when uploaded. Each
 * p:fileUpload carries the requirement it answers as the attribute {@value #REQUIREMENT}; one
 * without it takes extra documents.
 */
public class StagedFiles implements Serializable {

    static final String REQUIREMENT = "requirementId";
    private static final long serialVersionUID = 1L;

    private final String formToken;
    private final long serviceId;
    private final List<StagedFile> files = new ArrayList<>();

    StagedFiles(String formToken, long serviceId) {
        this.formToken = Objects.requireNonNull(formToken, "formToken");
        this.serviceId = serviceId;
    }

    /**
     * Stages an uploaded file. A refused file (wrong type by content, too large, damaged) is
     * reported next to the upload field that sent it, not at the top of the page.
     */
    void upload(FileUploadEvent event, Uploads uploads) {
        FacesContext context = FacesContext.getCurrentInstance();
        Object requirement = event.getComponent().getAttributes().get(REQUIREMENT);
        Long requirementId = requirement == null ? null : ((Number) requirement).longValue();
        UploadedFile file = event.getFile();
        try {
            files.add(uploads.stage(formToken, serviceId, requirementId, file.getFileName(), file.getContent()));
        } catch (BusinessException refused) {
            FieldMessages.error(context, event.getComponent().getClientId(context), refused);
        }
    }

    void discard(StagedFile file, Uploads uploads) {
        uploads.discard(formToken, file.id());
        files.removeIf(f -> f.id() == file.id());
    }

    /** Files for a requirement, or the extra documents for {@code null}. */
    List<StagedFile> forRequirement(Long requirementId) {
        return files.stream().filter(f -> Objects.equals(f.requirementId(), requirementId)).toList();
    }

    boolean answers(long requirementId) {
        return files.stream().anyMatch(f -> f.requirementId() != null && f.requirementId() == requirementId);
    }

    String formToken() {
        return formToken;
    }
}
