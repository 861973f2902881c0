package sv.gob.inpep.sesep.catalog.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.catalog.control.CatalogViews;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.documents.boundary.FileContent;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue as the public and citizens browse it: active services by category, who may ask
 * for each, what each requires and how long it takes, and its downloadable form. Open to anyone,
 * because knowing what to bring before registering is the point; a signed-in citizen also learns
 * which services their applicant kind may request.
 */
@Stateless
@PermitAll
public class ServiceCatalog {

    static final String CITIZEN = "CIUDADANO";
    static final String ADMIN = "ADMIN";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public List<CatalogCategory> browse() {
        ApplicantKind kind = callerKind();
        Map<Long, List<CatalogEntry>> byCategory = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (CatalogService service : em.createNamedQuery("CatalogService.active", CatalogService.class).getResultList()) {
            long category = service.getCategory().getId();
            names.putIfAbsent(category, service.getCategory().getName());
            byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(CatalogViews.entry(service, kind));
        }
        List<CatalogCategory> categories = new ArrayList<>();
        byCategory.forEach((id, services) -> categories.add(new CatalogCategory(id, names.get(id), List.copyOf(services))));
        return categories;
    }

    /**
     * The service's downloadable form (formulario); not found when it has none or the service is
     * out of the catalogue, except for the administrator, who checks the form of a service being
     * prepared before making it available.
     */
    public FileContent form(long serviceId) {
        CatalogService service = em.find(CatalogService.class, serviceId);
        boolean visible = service != null && (service.isActive() || context.isCallerInRole(ADMIN));
        if (!visible || !service.hasForm()) {
            throw new NotFound("error.catalog.formNotFound");
        }
        return new FileContent(service.getFormFileName(), service.getFormContentType(), service.getFormContent());
    }

    private ApplicantKind callerKind() {
        if (!context.isCallerInRole(CITIZEN)) {
            return null;
        }
        return em.createNamedQuery("Citizen.byUsername", Citizen.class)
                .setParameter("username", context.getCallerPrincipal().getName())
                .getResultStream().findFirst().map(Citizen::getApplicantKind).orElse(null);
    }
}
