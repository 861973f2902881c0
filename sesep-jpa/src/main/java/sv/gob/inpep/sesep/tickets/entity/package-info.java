/**
 * Attention tickets, the unit the virtual queue hands out, and the agents' notes on them (the
 * electronic "libreta de control de atenciones").
 * <p>
 * Decisions: the ticket, not the request, is what an agent holds, because one SEI can need several
 * attentions (after an observation is fixed, or after an abandon). Service and area are copied
 * onto the ticket so that the queue's query reads one table. Once an answer, observation or
 * denial is recorded the ticket can only be closed (activity 34.2). The claim of the next ticket
 * is a native {@code FOR UPDATE SKIP LOCKED} query, because only the database can make "exactly
 * once" hold across the cluster's nodes. Tickets are never cached.
 */
package sv.gob.inpep.sesep.tickets.entity;
