/**
 * Complaints (quejas y reclamos) as the requests of a complaint service carry them: the area
 * answerable for them and their finding. A complaint is an SEI like any other, so it is filed,
 * queued, attended and closed by the same machinery; only where it queues and how it ends differ.
 */
package sv.gob.inpep.sesep.complaints.entity;
