/**
 * The back-office people who attend tickets: agents with their status, and agent types, whose
 * set of services is the competence the queue matches tickets against.
 * <p>
 * Decisions: competence belongs to the type, not to each agent, as in the manual (activity 2).
 * Agents are not cached and carry a version, because the queue on any node changes their status
 * at the same moment the agent does. Heartbeats go through a native update that leaves the version
 * alone, so that a session's keep-alive never makes an assignment fail.
 */
package sv.gob.inpep.sesep.agents.entity;
