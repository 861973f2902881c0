package sv.gob.inpep.sesep.web.portal.requests;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.requests.boundary.RequestList;
import sv.gob.inpep.sesep.requests.boundary.RequestPage;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;

import java.util.Map;

/**
 * "Mi portal": what needs the citizen now: requests the INPEP observed (to fix), answers to
 * download, and requests still on their way; the newest {@value #SHOWN} of each, and how many more
 * "Mis solicitudes" holds.
 */
@Named
@RequestScoped
public class PortalHomeBacking {

    static final int SHOWN = 5;

    @Inject
    RequestTracking tracking;

    private RequestPage observed;
    private RequestPage answered;
    private RequestPage inProgress;

    @PostConstruct
    void load() {
        Map<RequestList, RequestPage> newest = tracking.newest(SHOWN, RequestList.OBSERVED, RequestList.ANSWERED,
                RequestList.IN_PROGRESS);
        observed = newest.get(RequestList.OBSERVED);
        answered = newest.get(RequestList.ANSWERED);
        inProgress = newest.get(RequestList.IN_PROGRESS);
    }

    public RequestPage getObserved() {
        return observed;
    }

    public RequestPage getAnswered() {
        return answered;
    }

    public RequestPage getInProgress() {
        return inProgress;
    }
}
