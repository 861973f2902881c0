package sv.gob.inpep.sesep.web.panel.supervision;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.supervision.boundary.RequestFound;
import sv.gob.inpep.sesep.supervision.boundary.RequestHistory;
import sv.gob.inpep.sesep.supervision.boundary.RequestRecord;
import sv.gob.inpep.sesep.web.Durations;

import java.io.Serializable;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * "Consulta de solicitudes": the search, then one request's record ({@code ?id=}, so a record can
 * be reloaded, bookmarked or sent to a colleague). A search that finds one request opens it.
 */
@Named
@ViewScoped
public class RequestHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestHistory history;

    private Long requestId;
    private String term;
    private List<RequestFound> found;
    private RequestRecord record;

    /** f:viewAction: the record of {@code ?id=}, when given. */
    public void load() {
        if (requestId != null) {
            record = history.record(requestId);
        }
    }

    public String search() {
        found = history.find(term);
        if (found.size() == 1) {
            return "/panel/supervision/solicitudes.xhtml?faces-redirect=true&id=" + found.get(0).id();
        }
        return null;
    }

    /** An audit action as the bundle names it; its code when the bundle has no name for it yet. */
    public String actionName(String action) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        try {
            return bundle.getString("audit.action." + action);
        } catch (MissingResourceException unnamed) {
            return action;
        }
    }

    /** hh:mm:ss, for the time a ticket waited in the queue. */
    public String duration(long seconds) {
        return Durations.hms(seconds);
    }

    public boolean isMoreThanListed() {
        return found != null && found.size() >= RequestHistory.MAX_FOUND;
    }

    public int getMaxFound() {
        return RequestHistory.MAX_FOUND;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public List<RequestFound> getFound() {
        return found;
    }

    public RequestRecord getRecord() {
        return record;
    }
}
