/**
 * The audit trail: who did what to which SEI, ticket or document, when and from where. Append-only
 * (nothing updates or deletes an {@code AuditEvent}); one call, {@code AuditTrail.record}, used by
 * every boundary that changes a request, so no action on a request goes unrecorded.
 */
package sv.gob.inpep.sesep.audit;
