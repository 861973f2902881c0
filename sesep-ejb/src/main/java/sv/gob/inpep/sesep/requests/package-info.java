/**
 * Citizens' electronic requests (SEI): filing with its form and documents, the gap-free SEI and
 * ticket numbers, the Comprobante de Presentación (Annex 1) and attention ticket (Annex 2) as PDFs
 * with a public verification code, following one's own requests, fixing an observed one
 * (subsanar), rating an attended one, and closing the SEI after its last ticket (activity 33).
 * <p>
 * Decisions: numbers come from counter rows locked until the filing commits, because official
 * numbers must have no gaps under any concurrency and across nodes; a form's submission token is
 * unique on the request, so a resubmitted form files nothing twice. Receipts are rendered once
 * and stored with their SHA-256; what a citizen downloads or a third party verifies later is the
 * very file issued. Ownership is checked in the boundaries against the container's caller, and
 * other people's things are "not found", never "forbidden".
 */
package sv.gob.inpep.sesep.requests;
