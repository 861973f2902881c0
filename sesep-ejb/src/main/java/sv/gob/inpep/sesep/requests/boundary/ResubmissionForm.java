package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.catalog.boundary.RequirementView;

import java.io.Serializable;
import java.util.List;

/**
 * What the page that fixes an observed request needs: the observations to answer, the documents
 * on file, the requirements new files may answer and a token for the files staged on this form.
 */
public record ResubmissionForm(long requestId, String seiNumber, long serviceId, String serviceName,
                               String observations, List<RequirementView> requirements,
                               List<DocumentView> currentDocuments, String formToken) implements Serializable {
}
