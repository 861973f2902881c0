/**
 * The record of every assignment the queue made: which agent, under which agent type, at what
 * priority and after how long a wait, and how it ended ({@link ReleaseReason}: closed, abandoned,
 * session expired, released by a Jefatura, transferred).
 * <p>
 * Decisions: the ticket keeps only its current holder; this separate, append-mostly record keeps
 * all of them, so that supervisors can see why a ticket went where it did and statistics per agent
 * survive abandons.
 */
package sv.gob.inpep.sesep.assignment.entity;
