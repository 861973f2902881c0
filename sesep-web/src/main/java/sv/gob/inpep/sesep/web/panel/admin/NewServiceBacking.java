package sv.gob.inpep.sesep.web.panel.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.catalog.boundary.CatalogAdministration;
import sv.gob.inpep.sesep.catalog.boundary.CatalogChoices;
import sv.gob.inpep.sesep.catalog.boundary.NewService;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;

/**
 * "Nuevo servicio" on the "Catálogo de servicios" page: the form that adds a service, inactive,
 * which the administrator then completes (documents, form, an agent type that attends it) and
 * makes available with "Editar". A new service is offered to every kind of applicant unless the
 * administrator unticks some.
 */
@Named
@ViewScoped
public class NewServiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogAdministration catalog;

    @Inject
    CatalogAdminBacking page;

    @Inject
    CategoriesBacking categoryList;

    private CatalogChoices choices;
    private String code;
    private Long areaId;
    private ServiceDraft draft;

    @PostConstruct
    void init() {
        choices = catalog.choices();
        clear();
    }

    /** The categories and areas again, after a category was added, renamed, moved or deleted on the page. */
    void reloadChoices() {
        choices = catalog.choices();
    }

    /** "Crear servicio". */
    public void create() {
        catalog.create(new NewService(code, draft.getCategoryId(), areaId, draft.getName(), draft.getDescription(), draft.sla(),
                draft.kinds(), draft.isAllowsMultipleOpen()));
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.catalog.created", draft.getName().strip());
        clear();
        page.load();
        categoryList.reload();
    }

    private void clear() {
        code = null;
        areaId = null;
        draft = ServiceDraft.empty();
    }

    public CatalogChoices getChoices() {
        return choices;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public ServiceDraft getDraft() {
        return draft;
    }
}
