package sv.gob.inpep.sesep.requests.boundary;

/** The fix of an observed request: the files staged under {@code formToken} and an optional comment. */
public record Resubmission(long requestId, String formToken, String comment) {
}
