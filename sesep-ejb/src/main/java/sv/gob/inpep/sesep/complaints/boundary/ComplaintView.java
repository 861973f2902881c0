package sv.gob.inpep.sesep.complaints.boundary;

import sv.gob.inpep.sesep.complaints.entity.Complaint;
import sv.gob.inpep.sesep.complaints.entity.ComplaintFinding;

import java.io.Serializable;

/**
 * A complaint as its citizen reads it: what it is about, the area answerable for it and, once
 * resolved, the finding and the answer.
 */
public record ComplaintView(String subject, String areaName, ComplaintFinding finding, String answer)
        implements Serializable {

    /** Null for a request that is not a complaint. */
    public static ComplaintView of(Complaint complaint) {
        return complaint == null ? null : new ComplaintView(complaint.getSubject(), complaint.getArea().getName(),
                complaint.getFinding(), complaint.getAnswer());
    }

    public boolean isResolved() {
        return finding != null;
    }
}
