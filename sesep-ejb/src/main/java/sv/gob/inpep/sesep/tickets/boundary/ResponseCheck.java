package sv.gob.inpep.sesep.tickets.boundary;

import java.io.Serializable;

/**
 * What the "Aceptar" dialog shows before the answer is sent (activities 18–20): the SEI and
 * ticket it will answer, the name the stamped file will have and what was uploaded.
 */
public record ResponseCheck(String seiNumber, String ticketNumber, String fileName, String uploadedFileName,
                            int pages, long sizeBytes) implements Serializable {
}
