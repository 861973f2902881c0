package sv.gob.inpep.sesep.web.portal.requests;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.requests.boundary.RequestSummary;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;

import java.io.Serializable;
import java.util.List;

/** "Mis solicitudes": the caller's requests, newest first (a citizen has a handful, not thousands). */
@Named
@ViewScoped
public class MyRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestTracking tracking;

    private List<RequestSummary> requests;

    @PostConstruct
    void load() {
        requests = tracking.mine();
    }

    public List<RequestSummary> getRequests() {
        return requests;
    }
}
