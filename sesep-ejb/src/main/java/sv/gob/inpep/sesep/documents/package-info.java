/**
 * Documents citizens attach: the check of what a file really is (by its bytes, never its name or
 * the browser's word), files waiting on a form until it is submitted, and their removal when a
 * form is abandoned.
 * <p>
 * Decisions: a file is checked and stored the moment it is uploaded, so a bad file is reported
 * next to its field and never reaches an agent; the bytes go to the database, not to the web
 * session, because sessions are replicated across the cluster. Only PDF, JPEG and PNG are
 * accepted, and a PDF must open with iText.
 */
package sv.gob.inpep.sesep.documents;
