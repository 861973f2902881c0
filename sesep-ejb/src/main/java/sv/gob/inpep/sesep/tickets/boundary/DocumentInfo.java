package sv.gob.inpep.sesep.tickets.boundary;

import sv.gob.inpep.sesep.documents.entity.DocumentValidation;

import java.io.Serializable;

/**
 * One attached document and the agent's verdict on it (activity 12).
 *
 * @param requirement null for an extra document that answers no listed requirement
 */
public record DocumentInfo(long id, String requirement, boolean mandatory, String fileName, String contentType,
                           long sizeBytes, DocumentValidation validation, String validationNote,
                           boolean inDigitalFile) implements Serializable {
}
