package sv.gob.inpep.sesep.requests.boundary;

/**
 * The outcome of a filing or a fix: the SEI and its new ticket. {@code repeated} is true when the
 * same form had been submitted before and this call only found what the first one filed.
 */
public record Filed(long requestId, String seiNumber, String ticketNumber, boolean repeated) {
}
