/**
 * The audit trail: who did what to which request, ticket or document, when and from where.
 * <p>
 * Decisions: events are append-only and refer to their subjects by id rather than by relation,
 * so an event can describe a failed attempt or something later removed, and auditing never
 * blocks or cascades into the data it describes. Oversized details are cut, not refused, because
 * losing an audit event is worse than losing its tail.
 */
package sv.gob.inpep.sesep.audit.entity;
