package sv.gob.inpep.sesep.requests.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The citizen's rating of an attended request, once given. */
public record SurveyView(int rating, String comment, LocalDateTime answeredAt) implements Serializable {
}
