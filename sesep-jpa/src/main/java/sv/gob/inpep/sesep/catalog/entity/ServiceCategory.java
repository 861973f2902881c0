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
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Cache;
import sv.gob.inpep.sesep.SharedCache;
import sv.gob.inpep.sesep.Texts;

import java.util.List;

/**
 * Categoría: groups the catalogue for browsing, in the order the administrator sets, and appears
 * on the Comprobante (Annex 1). Its code is fixed once created; its name and place may change.
 */
@Entity
@Table(name = "service_category")
@Cacheable(true)
@Cache(expiry = SharedCache.EXPIRY_MILLIS)
@NamedQuery(name = "ServiceCategory.ordered",
        query = "SELECT c FROM ServiceCategory c ORDER BY c.sortOrder, c.name")
public class ServiceCategory {

    /** Lengths of service_category.code and .name. */
    public static final int MAX_CODE = 20;
    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_category_seq")
    @SequenceGenerator(name = "service_category_seq", sequenceName = "service_category_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = MAX_CODE)
    private String code;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ServiceCategory() {
    }

    public ServiceCategory(String code, String name, int sortOrder) {
        this.code = Texts.nonBlank(code, "code");
        this.name = Texts.nonBlank(name, "name");
        this.sortOrder = sortOrder;
    }

    /** A new category placed after all of {@code existing}. */
    public static ServiceCategory after(List<ServiceCategory> existing, String code, String name) {
        return new ServiceCategory(code, name, SortOrders.next(existing.stream().mapToInt(ServiceCategory::getSortOrder)));
    }

    /**
     * Moves a category of the catalogue, given in order, one place towards the first ({@code up})
     * or the last, renumbering them all; at either end nothing changes.
     *
     * @return whether it moved
     */
    public static boolean move(List<ServiceCategory> ordered, ServiceCategory category, boolean up) {
        return SortOrders.move(ordered, category, up, ServiceCategory::setSortOrder);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.nonBlank(name, "name");
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
