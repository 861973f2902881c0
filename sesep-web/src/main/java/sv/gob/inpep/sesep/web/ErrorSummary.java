package sv.gob.inpep.sesep.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.component.fileupload.FileUpload;

import java.util.ArrayList;
import java.util.List;

/**
 * The error summary at the top of every page (GOV.UK's pattern): after a form is sent with
 * mistakes, one link per field message, in the fields' order, to the field. The layout shows it,
 * the page title then starts with "Error: " and sesep.js moves the focus to it. A file upload's
 * refusal is left out: it is told next to the upload, where the person is.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** A field's message: the client id of the field it links to and its text. */
    public record Entry(String fieldId, String text) {
    }

    /**
     * This response's field errors. Read afresh on every call, never kept: Faces asks whether the
     * summary is rendered already while it decodes the request, before any message exists.
     */
    public List<Entry> entries() {
        return collect(FacesContext.getCurrentInstance());
    }

    private static List<Entry> collect(FacesContext context) {
        List<Entry> found = new ArrayList<>();
        if (fromUpload(context)) {
            return found;
        }
        context.getClientIdsWithMessages().forEachRemaining(clientId -> {
            if (clientId != null) {
                for (FacesMessage message : context.getMessageList(clientId)) {
                    if (FacesMessage.SEVERITY_ERROR.compareTo(message.getSeverity()) <= 0) {
                        found.add(new Entry(clientId, message.getSummary()));
                    }
                }
            }
        });
        return found;
    }

    /** Whether this is the Ajax request of a file upload (its source a p:fileUpload). */
    private static boolean fromUpload(FacesContext context) {
        String source = context.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        if (source == null || context.getViewRoot() == null) {
            return false;
        }
        boolean[] upload = {false};
        context.getViewRoot().invokeOnComponent(context, source,
                (ctx, component) -> upload[0] = component instanceof FileUpload);
        return upload[0];
    }
}
