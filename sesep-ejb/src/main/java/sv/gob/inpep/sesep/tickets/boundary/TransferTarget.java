package sv.gob.inpep.sesep.tickets.boundary;

import java.io.Serializable;

/** A service a request in attention may be transferred to, with the area that attends it. */
public record TransferTarget(long serviceId, String serviceName, String areaName) implements Serializable {
}
