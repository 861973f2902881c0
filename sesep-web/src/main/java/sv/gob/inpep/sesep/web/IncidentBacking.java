package sv.gob.inpep.sesep.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import java.util.Map;

/**
 * The incident id the error page shows. Two ways to get there: the exception handler redirected
 * with the id in the URL (a Faces failure it already logged), or the container dispatched a
 * failure from outside Faces (a filter, a servlet, REST), which is recorded here so that it too
 * gets an id the user can quote.
 */
@Named
@RequestScoped
public class IncidentBacking {

    @Inject
    FacesContext facesContext;

    private String incidentId;

    @PostConstruct
    void identify() {
        ExternalContext external = facesContext.getExternalContext();
        String fromUrl = external.getRequestParameterMap().get(BusinessExceptionHandler.INCIDENT_PARAMETER);
        if (IncidentLog.isIncidentId(fromUrl)) {
            incidentId = fromUrl;
            return;
        }
        Map<String, Object> attributes = external.getRequestMap();
        if (attributes.get(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            Object uri = attributes.get(RequestDispatcher.ERROR_REQUEST_URI);
            incidentId = IncidentLog.record(failure, String.valueOf(uri), external.getRemoteUser());
        }
    }

    /** The id to quote, or {@code null} when there is none (e.g. a plain 500 status). */
    public String getIncidentId() {
        return incidentId;
    }
}
