/**
 * Documents attached to requests, their validation by the agent, and the citizen's digital file
 * (expediente digital) of validated documents.
 * <p>
 * Decisions: file content is stored in the database, so that no node's disk is a single point of
 * loss and every node serves the same bytes, and is loaded lazily. The content type is the one
 * detected from the bytes and is checked against the requirement when the document is created.
 * A fixed upload replaces the old one by marking it, never by deleting it, so the history of what
 * the citizen sent stays. Validated documents are filed under the affiliate, the institute's unit
 * of record. Files attached to a form before it is submitted wait as staged uploads in the
 * database too, not in the web session, which would carry megabytes around the cluster.
 */
package sv.gob.inpep.sesep.documents.entity;
