/**
 * Cluster-wide leases, so that a periodic job (e.g. returning tickets of expired sessions to the
 * queue) runs on one node at a time.
 * <p>
 * Decisions: a {@code @Singleton} or an EJB timer is per JVM, and production runs several nodes;
 * the database all nodes share is the one place that can decide who runs. A lease expires by
 * itself, so a node that dies holding it does not stop the work for long.
 */
package sv.gob.inpep.sesep.cluster.entity;
