/**
 * Complaints (quejas y reclamos, seeds 002–004): a complaint is an SEI of a complaint service, filed,
 * queued, attended and closed by the same machinery as any request. Two things set it apart: it
 * waits in the queue of the area answerable for what the citizen complains about (an area, a
 * service, or one of the citizen's own SEIs, named on the filing form), and it ends with a finding,
 * procedente or no procedente, with the answer the citizen reads. The Jefaturas measure the share
 * resolved within the complaint service's target against the institute's goal (≥ 85 %), per area
 * and month, in the service levels.
 * <p>
 * Decisions: routing uses the queue as it is (skill-based: a ticket goes to agent types whose
 * competence has its service) plus the area the ticket already carries: an agent type takes only
 * tickets of its own area, which was always true (a type's competence is services of its area) and
 * now also separates complaints, the one kind of service every area's types may attend. A
 * complaint named at an area where no agent type attends complaints goes to the complaint
 * service's own area (the CAU), which registers complaints and passes them on by transfer, so no
 * complaint waits for nobody.
 */
package sv.gob.inpep.sesep.complaints;
