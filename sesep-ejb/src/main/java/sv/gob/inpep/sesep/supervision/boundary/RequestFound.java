package sv.gob.inpep.sesep.supervision.boundary;

import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One request a supervisor's search found. */
public record RequestFound(long id, String seiNumber, String serviceName, String applicantName, String dui,
                           RequestStatus status, Resolution resolution, LocalDateTime filedAt) implements Serializable {
}
