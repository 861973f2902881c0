package sv.gob.inpep.sesep.requests.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The institute's answer (the stamped PDF) to download. */
public record ResponseView(long id, String fileName, long sizeBytes, LocalDateTime createdAt) implements Serializable {
}
