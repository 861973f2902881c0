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

/** Categoría: groups the catalogue for browsing and appears on the Comprobante (Annex 1). */
@Entity
@Table(name = "service_category")
@Cacheable(true)
@Cache(expiry = SharedCache.EXPIRY_MILLIS)
@NamedQuery(name = "ServiceCategory.ordered",
        query = "SELECT c FROM ServiceCategory c ORDER BY c.sortOrder, c.name")
public class ServiceCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_category_seq")
    @SequenceGenerator(name = "service_category_seq", sequenceName = "service_category_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ServiceCategory() {
    }

    public ServiceCategory(String code, String name, int sortOrder) {
        this.code = Texts.nonBlank(code, "code");
        this.name = Texts.nonBlank(name, "name");
        this.sortOrder = sortOrder;
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
}
