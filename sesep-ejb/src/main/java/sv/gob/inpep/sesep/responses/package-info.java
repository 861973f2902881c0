/**
 * The agent's answer to a request: the response PDF, stamped with the SEI number on every page and
 * named after the SEI and the ticket by the system (activity 17), so the agent no longer edits the
 * file by hand and the name can never disagree with the request it answers.
 * <p>
 * Decisions: one PDF path (iText, {@code PdfStamper}); the upload goes through the documents'
 * check and rewrite ({@code DocumentInspector}) before it is stamped, so a renamed file never
 * reaches a citizen as their answer, nor a script the agent's file carried without their knowing.
 */
package sv.gob.inpep.sesep.responses;
