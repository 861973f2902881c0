/**
 * What the Jefaturas are: a SUPERVISOR account attached to the management areas it supervises
 * (the manual's Note 2: supervision falls to the Jefatura of each instance), or to all of them
 * when the administrator says so; and the daily digest of tickets at risk each one was sent.
 * <p>
 * Decisions: the areas live beside the account, not on it, as an agent's data does, so that an
 * administrator's change never conflicts with the account's own version (every login writes it).
 * Not cached: a supervisor moved out of an area must stop seeing it on every node at once.
 */
package sv.gob.inpep.sesep.supervision.entity;
