/**
 * Cluster-wide leases for work that must run on one node at a time (the sweep of stranded
 * tickets, the outbox's reconciliation, the correction deadlines). A {@code @Singleton} or an EJB
 * timer is per JVM; the database every node shares is the one place that can choose a single
 * runner. A lease expires by itself, so a node that dies holding it stops the work only until
 * then. {@link sv.gob.inpep.sesep.cluster.control.LeasedSweep} is the loop every such timer shares.
 */
package sv.gob.inpep.sesep.cluster;
