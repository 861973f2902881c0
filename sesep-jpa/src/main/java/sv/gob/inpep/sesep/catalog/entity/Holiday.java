package sv.gob.inpep.sesep.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import sv.gob.inpep.sesep.SharedCache;
import sv.gob.inpep.sesep.Texts;

import java.time.LocalDate;
import java.util.Objects;

/** A non-working day: service levels are measured in business days, which skip these and weekends. */
@Entity
@Table(name = "holiday")
@Cacheable(true)
@Cache(expiry = SharedCache.EXPIRY_MILLIS)
@NamedQuery(name = "Holiday.between",
        query = "SELECT h FROM Holiday h WHERE h.date BETWEEN :from AND :to ORDER BY h.date")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_seq")
    @SequenceGenerator(name = "holiday_seq", sequenceName = "holiday_seq", allocationSize = 50)
    private Long id;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    protected Holiday() {
    }

    public Holiday(LocalDate date, String name) {
        this.date = Objects.requireNonNull(date, "date");
        this.name = Texts.nonBlank(name, "name");
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = Objects.requireNonNull(date, "date");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.nonBlank(name, "name");
    }
}
