package sv.gob.inpep.sesep.requests.boundary;

import java.util.Map;

/**
 * A filled-in filing form. {@code values} maps field codes to text (numbers as decimals, dates as
 * ISO yyyy-MM-dd); the documents are the files staged under {@code submissionToken}. For a
 * complaint service, {@code complaintSubject} is the key of what it is about ({@code ComplaintSubject}).
 */
public record Filing(long serviceId, String submissionToken, Map<String, String> values, boolean declarationAccepted,
                     String complaintSubject) {

    public Filing {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /** A filing for a service that is not a complaint service. */
    public Filing(long serviceId, String submissionToken, Map<String, String> values, boolean declarationAccepted) {
        this(serviceId, submissionToken, values, declarationAccepted, null);
    }
}
