package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.documents.entity.DocumentValidation;
import sv.gob.inpep.sesep.documents.entity.RequestDocument;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A document of a request as its citizen (or a supervisor) sees it, replaced ones included. */
public record DocumentView(long id, Long requirementId, String requirementName, String fileName, String contentType,
                           long sizeBytes, LocalDateTime uploadedAt, boolean replaced, DocumentValidation validation,
                           String validationNote) implements Serializable {

    public static DocumentView of(RequestDocument d) {
        return new DocumentView(d.getId(), d.getRequirement() == null ? null : d.getRequirement().getId(),
                d.getRequirement() == null ? null : d.getRequirement().getName(), d.getFileName(), d.getContentType(),
                d.getSizeBytes(), d.getUploadedAt(), d.isReplaced(), d.getValidation(), d.getValidationNote());
    }
}
