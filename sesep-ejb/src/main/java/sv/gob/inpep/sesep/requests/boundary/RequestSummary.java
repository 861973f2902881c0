package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of "Mis solicitudes"; {@code correctionDueOn}, while observed, is the last day to fix it. */
public record RequestSummary(long id, String seiNumber, String serviceName, RequestStatus status,
                             Resolution resolution, LocalDateTime filedAt, LocalDateTime lastChangeAt,
                             String latestTicket, LocalDate correctionDueOn) implements Serializable {
}
