package sv.gob.inpep.sesep.cluster.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.Texts;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A named lease that lets one node of the cluster at a time run a timer's work. It expires by
 * itself, so a node that dies holding it blocks the others only until then. The caller reads the
 * row with a pessimistic write lock before {@link #tryAcquire}, which is what makes two nodes
 * unable to take it at once.
 */
@Entity
@Table(name = "cluster_lease")
@Cacheable(false)
public class ClusterLease {

    @Id
    @Column(name = "lease_name", length = 60)
    private String name;

    @Column(name = "holder", length = 120)
    private String holder;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    protected ClusterLease() {
    }

    /** A lease nobody holds yet. */
    public ClusterLease(String name, LocalDateTime now) {
        this.name = Texts.nonBlank(name, "name");
        this.expiresAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Takes or renews the lease for {@code node} until {@code now + ttl}.
     *
     * @return false when another node holds it and it has not expired
     */
    public boolean tryAcquire(String node, Duration ttl, LocalDateTime now) {
        Texts.nonBlank(node, "node");
        if (holder != null && !holder.equals(node) && now.isBefore(expiresAt)) {
            return false;
        }
        this.holder = node;
        this.expiresAt = now.plus(ttl);
        return true;
    }

    /** Gives the lease up early, so another node need not wait for it to expire. */
    public void release(String node, LocalDateTime now) {
        if (node.equals(holder)) {
            this.holder = null;
            this.expiresAt = now;
        }
    }

    public boolean isHeldBy(String node, LocalDateTime now) {
        return node.equals(holder) && now.isBefore(expiresAt);
    }

    public String getName() {
        return name;
    }

    public String getHolder() {
        return holder;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }
}
