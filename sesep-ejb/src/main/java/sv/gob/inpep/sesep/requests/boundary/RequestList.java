package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lists of their own requests a citizen reads: all of them in "Mis solicitudes", and the three
 * of "Mi portal". A list is either the requests in some states or those closed with a resolution.
 */
public enum RequestList {

    /** Every request, whatever its state. */
    ALL(EnumSet.allOf(RequestStatus.class), null),
    /** Observed by the INPEP: the citizen is to fix them. */
    OBSERVED(EnumSet.of(RequestStatus.OBSERVED), null),
    /** Answered (attended or closed as "Respondida"): an answer to download. */
    ANSWERED(null, Resolution.ANSWERED),
    /** Filed or in attention: on their way. */
    IN_PROGRESS(EnumSet.of(RequestStatus.FILED, RequestStatus.IN_ATTENTION), null);

    private final Set<RequestStatus> statuses;
    private final Resolution resolution;

    RequestList(Set<RequestStatus> statuses, Resolution resolution) {
        this.statuses = statuses;
        this.resolution = resolution;
    }

    /** The states the list shows; null when it is chosen by {@link #resolution()}. */
    Set<RequestStatus> statuses() {
        return statuses;
    }

    /** The resolution the list shows; null when it is chosen by {@link #statuses()}. */
    Resolution resolution() {
        return resolution;
    }
}
