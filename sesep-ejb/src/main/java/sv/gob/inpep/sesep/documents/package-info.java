/**
 * Documents citizens attach: the check of what a file really is (by its bytes, never its name or
 * the browser's word), files waiting on a form until it is submitted, and their removal when a
 * form is abandoned.
 * <p>
 * Decisions: a file is checked and stored the moment it is uploaded, so a bad file is reported
 * next to its field and never reaches an agent; the bytes go to the database, not to the web
 * session, because sessions are replicated across the cluster. Only PDF, JPEG and PNG are
 * accepted, and what is stored is never the upload itself but {@code FileSanitizer}'s rewrite of
 * it — a PDF rebuilt without scripts, actions, embedded files or bytes outside its structure, an
 * image decoded and encoded again without its metadata — for citizens' documents, agents' answers
 * and services' forms alike, since each is opened by someone else. Size limits per kind of file
 * are settings ({@code UploadLimits}), not literals in pages. Files stored before the rewrite
 * existed get it in the background ({@code LegacyFiles}); one that fails today's checks is
 * withheld rather than served or deleted.
 */
package sv.gob.inpep.sesep.documents;
