package sv.gob.inpep.sesep.requests.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A page of one of the caller's request lists, newest first: {@code rows} are those from position
 * {@code first} (0-based) of the {@code total} the list holds.
 */
public record RequestPage(List<RequestSummary> rows, int first, long total) implements Serializable {
}
