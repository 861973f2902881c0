/**
 * Supervision (the Jefaturas, role SUPERVISOR): the live board of the assignment queue, the agents
 * and the tickets in attention, and releasing a ticket an agent cannot finish.
 */
package sv.gob.inpep.sesep.supervision;
