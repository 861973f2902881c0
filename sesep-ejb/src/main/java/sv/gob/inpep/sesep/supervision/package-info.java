/**
 * Supervision (the Jefaturas, role SUPERVISOR): the live board of the assignment queue, the agents
 * and the tickets in attention, and releasing a ticket an agent cannot finish; the service levels;
 * and the consultation of one request's whole record with its audit trail. Everything a
 * supervisor looks up about a request is audited in turn: it shows a citizen's personal data.
 */
package sv.gob.inpep.sesep.supervision;
