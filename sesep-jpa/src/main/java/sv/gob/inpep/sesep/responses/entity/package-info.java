/**
 * The answers sent to citizens: the agent's PDF with the SEI stamped on every page.
 * <p>
 * Decisions: the manual had agents stamp and name the file by hand (activity 17); here the stored
 * file is already stamped and its name is derived from the SEI and ticket numbers, so it cannot
 * be misnamed. The content is stored, not a path, for the same reasons as attached documents.
 */
package sv.gob.inpep.sesep.responses.entity;
