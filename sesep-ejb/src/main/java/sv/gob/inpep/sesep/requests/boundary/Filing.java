package sv.gob.inpep.sesep.requests.boundary;

import java.util.Map;

/**
 * A filled-in filing form. {@code values} maps field codes to text (numbers as decimals, dates as
 * ISO yyyy-MM-dd); the documents are the files staged under {@code submissionToken}.
 */
public record Filing(long serviceId, String submissionToken, Map<String, String> values, boolean declarationAccepted) {

    public Filing {
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
