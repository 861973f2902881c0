package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.catalog.boundary.RequirementView;
import sv.gob.inpep.sesep.complaints.boundary.ComplaintSubject;

import java.io.Serializable;
import java.util.List;

/**
 * What the filing page needs for one service: the form's fields, the documents to attach, the
 * applicant's data as they will be printed, the Annex 1 declaration and a fresh submission token
 * that makes submitting the form more than once file a single SEI. For a complaint service, what
 * the citizen may complain about ({@code complaintSubjects}, empty for other services).
 */
public record FilingForm(long serviceId, String serviceName, String description, String categoryName,
                         String areaName, int slaBusinessDays, String formFileName, List<FieldView> fields,
                         List<RequirementView> requirements, ApplicantView applicant, String declaration,
                         String submissionToken, List<ComplaintSubject> complaintSubjects) implements Serializable {

    public boolean isComplaint() {
        return !complaintSubjects.isEmpty();
    }

    public boolean hasForm() {
        return formFileName != null;
    }
}
