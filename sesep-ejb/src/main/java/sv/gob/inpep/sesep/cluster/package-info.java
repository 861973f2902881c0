/**
 * Cluster-wide leases for work that must run on one node at a time (the sweep of stranded
 * tickets). A {@code @Singleton} or an EJB timer is per JVM; the database every node shares is the
 * one place that can choose a single runner. A lease expires by itself, so a node that dies holding
 * it stops the work only until then.
 */
package sv.gob.inpep.sesep.cluster;
