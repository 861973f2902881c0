package sv.gob.inpep.sesep.web.portal.requests;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.requests.boundary.RequestList;
import sv.gob.inpep.sesep.requests.boundary.RequestPage;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;

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
        observed = tracking.mine(RequestList.OBSERVED, 0, SHOWN);
        answered = tracking.mine(RequestList.ANSWERED, 0, SHOWN);
        inProgress = tracking.mine(RequestList.IN_PROGRESS, 0, SHOWN);
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
