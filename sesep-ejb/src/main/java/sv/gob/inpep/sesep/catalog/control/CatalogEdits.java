package sv.gob.inpep.sesep.catalog.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the administrator's catalogue boundaries share ({@code CatalogAdministration},
 * {@code RequirementAdministration}, {@code ServiceFormAdministration},
 * {@code CategoryAdministration}): finding a service, locking it as the page that edits it drew it
 * (an edit made on a page that another administrator changed meanwhile is refused, not silently
 * overwritten), writing a change to its requirements, fields or form with its audit event, and
 * the format of codes. Runs in the caller's transaction.
 */
@Dependent
public class CatalogEdits {

    /**
     * A service's or category's code: a letter, then upper-case letters, digits and hyphens, as the
     * demo's CONST-TSERV and CONSTANCIAS (both columns hold 20).
     */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,19}");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The service as it is; NotFound when there is none. */
    public CatalogService found(long serviceId) {
        CatalogService service = em.find(CatalogService.class, serviceId);
        if (service == null) {
            throw new NotFound("error.catalog.notFound");
        }
        return service;
    }

    /** The service, locked, as the page that edits it drew it; refused when someone changed it meanwhile. */
    public CatalogService lockedService(long serviceId, long version) {
        CatalogService service = em.find(CatalogService.class, serviceId, LockModeType.PESSIMISTIC_WRITE);
        if (service == null) {
            throw new NotFound("error.catalog.notFound");
        }
        if (service.getVersion() != version) {
            throw new RuleViolation("error.catalog.changedMeanwhile", service.getName());
        }
        return service;
    }

    /**
     * Writes a change to the service's requirements, fields or form and audits it. The service's
     * version moves on although no column of its own may have changed, because its requirements
     * and fields are part of what the page that edits it drew.
     */
    public CatalogService saved(CatalogService service, AuditAction action, String details) {
        em.lock(service, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(action, null, null, null, service.getCode() + ": " + details);
        return service;
    }

    /** A code typed in any case, upper-cased, as {@link #CODE}. */
    public static String checkedCode(String value, int maxLength, String requiredKey, String formatKey) {
        String code = Texts.required(value, maxLength, requiredKey).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new RuleViolation(formatKey);
        }
        return code;
    }
}
