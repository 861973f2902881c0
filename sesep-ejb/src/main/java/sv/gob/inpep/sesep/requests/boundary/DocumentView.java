package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.documents.entity.DocumentValidation;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A document of a request as its citizen sees it, replaced ones included. */
public record DocumentView(long id, Long requirementId, String requirementName, String fileName, String contentType,
                           long sizeBytes, LocalDateTime uploadedAt, boolean replaced, DocumentValidation validation,
                           String validationNote) implements Serializable {
}
