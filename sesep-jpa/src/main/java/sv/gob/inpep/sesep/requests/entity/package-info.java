/**
 * Solicitudes electrónicas (SEI): the request, its timeline, the receipts issued at filing, and
 * the gap-free counters that number SEIs and tickets.
 * <p>
 * Decisions: the request's status changes only through named methods that follow the manual and
 * append to the timeline, so the timeline and the status never disagree. The applicant's data are
 * copied onto the request at filing, because the receipt is a record of that moment. SEI numbers
 * come from a locked counter row rather than a sequence, since official numbers must have no gaps.
 * Requests are not cached: agents on every node change them.
 */
package sv.gob.inpep.sesep.requests.entity;
