package sv.gob.inpep.sesep.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

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

    private List<Entry> entries;

    /** This response's field errors (read once per request: messages are complete before rendering). */
    public List<Entry> entries() {
        if (entries == null) {
            entries = collect(FacesContext.getCurrentInstance());
        }
        return entries;
    }

    private static List<Entry> collect(FacesContext context) {
        List<Entry> found = new ArrayList<>();
        String contentType = context.getExternalContext().getRequestContentType();
        if (contentType != null && contentType.startsWith("multipart/")) {
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
}
