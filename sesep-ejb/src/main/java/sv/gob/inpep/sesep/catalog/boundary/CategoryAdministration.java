package sv.gob.inpep.sesep.catalog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.catalog.control.CatalogEdits;
import sv.gob.inpep.sesep.catalog.entity.ServiceCategory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Categorías" of the administrator's catalogue: the groups citizens browse services by, added,
 * renamed, reordered and, while they hold no service, deleted. A change made on a page drawn
 * before another administrator's change is refused, not silently applied. Every change is audited.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CategoryAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The categories in the order citizens see them, each with how many services it holds. */
    public List<CategoryView> all() {
        Map<Long, Long> services = em.createQuery("SELECT s.category.id, COUNT(s) FROM CatalogService s GROUP BY s.category.id",
                Object[].class).getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return em.createNamedQuery("ServiceCategory.ordered", ServiceCategory.class).getResultStream()
                .map(c -> new CategoryView(c.getId(), c.getCode(), c.getName(), services.getOrDefault(c.getId(), 0L), c.getVersion()))
                .toList();
    }

    /**
     * Adds a category after the last one. Its code is fixed from now on; its name is no other
     * category's. Like every change of the categories, it answers with them as they are now.
     */
    public List<CategoryView> create(String code, String name) {
        List<ServiceCategory> categories = lockedCategories();
        String checkedCode = CatalogEdits.checkedCode(code, ServiceCategory.MAX_CODE, "error.category.codeRequired",
                "error.category.codeFormat");
        String checkedName = checkedCategoryName(categories, name, null);
        if (categories.stream().anyMatch(c -> c.getCode().equals(checkedCode))) {
            throw new RuleViolation("error.category.codeTaken", checkedCode);
        }
        ServiceCategory category = ServiceCategory.after(categories, checkedCode, checkedName);
        em.persist(category);
        em.flush();
        audit.record(AuditAction.CATALOG_CATEGORY_CREATED, null, null, null, describe(category) + " al puesto " + (categories.size() + 1));
        return all();
    }

    /**
     * Renames a category: the public catalogue shows the new name at once, and so do the
     * Comprobantes issued from now on (those already issued keep the name they were printed with).
     */
    public List<CategoryView> rename(long categoryId, long version, String name) {
        List<ServiceCategory> categories = lockedCategories();
        ServiceCategory category = currentCategory(categories, categoryId, version);
        String checkedName = checkedCategoryName(categories, name, category);
        if (checkedName.equals(category.getName())) {
            return all();
        }
        String before = describe(category);
        category.setName(checkedName);
        em.flush();
        audit.record(AuditAction.CATALOG_CATEGORY_RENAMED, null, null, null, before + " -> \"" + checkedName + "\"");
        return all();
    }

    /**
     * One place up (towards the first) or down in the order citizens see; at either end nothing
     * changes. Every category's version moves on, not only those whose sort order changed: a
     * category's place is part of what the page drew, so a move made on a page drawn before
     * someone else's reorder is refused rather than applied to an order its author never saw.
     */
    public List<CategoryView> move(long categoryId, long version, boolean up) {
        List<ServiceCategory> categories = lockedCategories();
        ServiceCategory category = currentCategory(categories, categoryId, version);
        int place = categories.indexOf(category) + 1;
        if (!ServiceCategory.move(categories, category, up)) {
            return all();
        }
        categories.forEach(c -> em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
        em.flush();
        audit.record(AuditAction.CATALOG_CATEGORY_MOVED, null, null, null,
                describe(category) + " al puesto " + (up ? place - 1 : place + 1));
        return all();
    }

    /**
     * Deletes a category that holds no service. One that holds any, even inactive ones, is refused:
     * services cannot be left without a category, and requests filed for them name it.
     */
    public List<CategoryView> delete(long categoryId, long version) {
        ServiceCategory category = currentCategory(lockedCategories(), categoryId, version);
        long services = em.createQuery("SELECT COUNT(s) FROM CatalogService s WHERE s.category = :category", Long.class)
                .setParameter("category", category).getSingleResult();
        if (services > 0) {
            throw new RuleViolation("error.category.inUse", category.getName(), services);
        }
        em.remove(category);
        em.flush();
        audit.record(AuditAction.CATALOG_CATEGORY_DELETED, null, null, null, describe(category));
        return all();
    }

    /**
     * Every category, in order, locked: a change of one may renumber all of them or compare its name
     * with theirs, so changes to categories are made one after another (there are a handful).
     */
    private List<ServiceCategory> lockedCategories() {
        return em.createNamedQuery("ServiceCategory.ordered", ServiceCategory.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The category as the page that edits it drew it; refused when someone changed it meanwhile. */
    private static ServiceCategory currentCategory(List<ServiceCategory> categories, long categoryId, long version) {
        ServiceCategory category = categories.stream().filter(c -> c.getId() == categoryId).findFirst()
                .orElseThrow(() -> new NotFound("error.category.notFound"));
        if (category.getVersion() != version) {
            throw new RuleViolation("error.category.changedMeanwhile", category.getName());
        }
        return category;
    }

    /** A category's name, trimmed, shorter than its column, and no other category's in any case (citizens browse by it). */
    private static String checkedCategoryName(List<ServiceCategory> categories, String value, ServiceCategory editing) {
        String name = Texts.required(value, ServiceCategory.MAX_NAME, "error.category.nameRequired");
        if (categories.stream().anyMatch(other -> other != editing && other.getName().equalsIgnoreCase(name))) {
            throw new RuleViolation("error.category.nameTaken", name);
        }
        return name;
    }

    private static String describe(ServiceCategory c) {
        return "categoría " + c.getCode() + " \"" + c.getName() + "\"";
    }
}
