/**
 * The citizen's request pages: filing (dynamic form from the catalogue's fields, one upload per
 * required document, the Annex 1 declaration), "Mis solicitudes", one request's detail with its
 * receipts and answer, fixing an observed request, rating an attended one; and the download
 * servlet for the citizen's files.
 * <p>
 * Decisions: beans are view scoped and keep only small DTOs; uploaded bytes go straight to the
 * documents boundary. Downloads are plain GET links to a servlet whose boundary checks ownership,
 * so they work with any browser's "save as" and cannot be used to fetch another citizen's file.
 */
package sv.gob.inpep.sesep.web.portal.requests;
