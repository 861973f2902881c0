/**
 * Citizens' electronic requests (SEI): filing with its form and documents, the gap-free SEI and
 * ticket numbers, the Comprobante de Presentación (Annex 1) and attention ticket (Annex 2) as PDFs
 * with a public verification code, following one's own requests, fixing an observed one
 * (subsanar), rating an attended one, and closing the SEI after its last ticket (activity 33).
 * A request that waits on the citizen ends: an observed one has a deadline in business days, fixed
 * when it is observed, with one reminder before it and a close as desistida after it
 * ({@code CorrectionDeadlines}); the citizen may withdraw (desistir) a request no agent holds. Its
 * time limits (the service's target and the statutory clock, which an observation may pause) are
 * computed in one place, {@code RequestClocks}.
 * <p>
 * Decisions: numbers come from counter rows locked until the filing commits, because official
 * numbers must have no gaps under any concurrency and across nodes; a form's submission token is
 * unique on the request, so a resubmitted form files nothing twice. Receipts are rendered once
 * and stored with their SHA-256; what a citizen downloads or a third party verifies later is the
 * very file issued. Ownership is checked in the boundaries against the container's caller, and
 * other people's things are "not found", never "forbidden". A withdrawal locks the waiting ticket
 * before the request, the order in which the queue's claim locks them, so the two never deadlock
 * and exactly one of them wins.
 */
package sv.gob.inpep.sesep.requests;
