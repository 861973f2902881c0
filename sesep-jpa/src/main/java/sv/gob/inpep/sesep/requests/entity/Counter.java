package sv.gob.inpep.sesep.requests.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.Texts;

/**
 * A gap-free counter (SEI numbers per year, ticket numbers per area). A database sequence would
 * leave gaps on rollback and SEI numbers are official; so the row is read with a pessimistic
 * write lock ({@code em.find(Counter.class, key, LockModeType.PESSIMISTIC_WRITE)}), which also
 * serialises the cluster's nodes. A missing row (new year, new area) is inserted by the caller;
 * two nodes doing that at once collide on the primary key, and the loser retries.
 */
@Entity
@Table(name = "numbering")
@Cacheable(false)
public class Counter {

    @Id
    @Column(name = "counter_key", length = 40)
    private String key;

    @Column(name = "last_value", nullable = false)
    private long lastValue;

    protected Counter() {
    }

    public Counter(String key) {
        this.key = Texts.nonBlank(key, "key");
    }

    /** Key of the counter of SEI numbers of a year, e.g. {@code SEI-2026}. */
    public static String seiKey(int year) {
        return "SEI-" + year;
    }

    /** Key of the counter of ticket numbers of an area, e.g. {@code TICKET-CWG}. */
    public static String ticketKey(String ticketPrefix) {
        return "TICKET-" + ticketPrefix;
    }

    public long next() {
        return ++lastValue;
    }

    public String getKey() {
        return key;
    }

    public long getLastValue() {
        return lastValue;
    }
}
