package sv.gob.inpep.sesep.documents.boundary;

import sv.gob.inpep.sesep.catalog.boundary.RequirementView;

import java.io.Serializable;

/** A file attached to a form that is not submitted yet. {@code requirementId} is null for an extra document. */
public record StagedFile(long id, Long requirementId, String fileName, String contentType, long sizeBytes)
        implements Serializable {

    /** "1.2 MB" or "350 KB". */
    public String sizeLabel() {
        return sizeBytes >= 1024 * 1024 ? RequirementView.megabytes(sizeBytes) : Math.max(1, sizeBytes / 1024) + " KB";
    }
}
