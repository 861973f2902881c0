package sv.gob.inpep.sesep.web.portal.requests;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.requests.boundary.RequestSummary;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;

import java.util.List;

/**
 * "Mi portal": what needs the citizen now, from the same list as "Mis solicitudes": requests the
 * INPEP observed (to fix), answers to download, and requests still on their way.
 */
@Named
@RequestScoped
public class PortalHomeBacking {

    @Inject
    RequestTracking tracking;

    private List<RequestSummary> observed;
    private List<RequestSummary> answered;
    private List<RequestSummary> inProgress;

    @PostConstruct
    void load() {
        List<RequestSummary> mine = tracking.mine();
        observed = mine.stream().filter(r -> r.status() == RequestStatus.OBSERVED).toList();
        answered = mine.stream().filter(r -> r.resolution() == Resolution.ANSWERED).toList();
        inProgress = mine.stream()
                .filter(r -> r.status() == RequestStatus.FILED || r.status() == RequestStatus.IN_ATTENTION).toList();
    }

    public List<RequestSummary> getObserved() {
        return observed;
    }

    public List<RequestSummary> getAnswered() {
        return answered;
    }

    public List<RequestSummary> getInProgress() {
        return inProgress;
    }
}
