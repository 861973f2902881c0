package sv.gob.inpep.sesep.cluster.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.cluster.entity.ClusterLease;
import sv.gob.inpep.sesep.operations.boundary.SchemaMigrations;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Lets one node of the cluster at a time do a timer's work. Every node's timer asks; the lease
 * row, read under a write lock, answers yes to one of them until the lease expires.
 */
@Stateless
// The server's own timers call this; it decides nothing about users' data.
@PermitAll
public class ClusterLeases {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Every timer that needs a lease comes here first: none may run on a schema still migrating. */
    @EJB
    SchemaMigrations migrations;

    /**
     * Takes or renews the lease for {@code node}. A transaction of its own, committed before the
     * work starts, so the other nodes see the holder at once and not only when the work ends.
     *
     * @return false when another node holds an unexpired lease, or the lease does not exist
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean tryAcquire(String leaseName, String node, Duration ttl) {
        migrations.awaitCurrentSchema();
        ClusterLease lease = em.find(ClusterLease.class, leaseName, LockModeType.PESSIMISTIC_WRITE);
        return lease != null && lease.tryAcquire(node, ttl, LocalDateTime.now(clock));
    }
}
