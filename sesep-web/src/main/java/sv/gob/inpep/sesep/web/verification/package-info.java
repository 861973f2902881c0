/**
 * The public page that verifies receipts by their code. Public by design (the QR code is scanned
 * by whoever the citizen hands the document to), so it shows only what the code proves: that SESEP
 * issued the document, when, for which SEI, and whether the stored copy is intact.
 */
package sv.gob.inpep.sesep.web.verification;
