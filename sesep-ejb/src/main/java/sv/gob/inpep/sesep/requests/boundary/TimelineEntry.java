package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.requests.entity.RequestStatus;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A step of the request's history. Who took it is told only as "the citizen" or "the institute":
 * agents' accounts are not the citizen's business.
 */
public record TimelineEntry(LocalDateTime at, RequestStatus from, RequestStatus to, boolean byCitizen, String note)
        implements Serializable {
}
