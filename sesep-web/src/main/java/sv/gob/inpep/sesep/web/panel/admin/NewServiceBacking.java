package sv.gob.inpep.sesep.web.panel.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.catalog.boundary.CatalogAdministration;
import sv.gob.inpep.sesep.catalog.boundary.CatalogChoices;
import sv.gob.inpep.sesep.catalog.boundary.NewService;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

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
    private String name;
    private Long categoryId;
    private Long areaId;
    private String description;
    private Integer slaBusinessDays;
    private List<String> offeredTo;
    private boolean allowsMultipleOpen;

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
        EnumSet<ApplicantKind> kinds = EnumSet.noneOf(ApplicantKind.class);
        offeredTo.forEach(k -> kinds.add(ApplicantKind.valueOf(k)));
        catalog.create(new NewService(code, categoryId, areaId, name, description,
                slaBusinessDays == null ? 0 : slaBusinessDays, kinds, allowsMultipleOpen));
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.catalog.created", name.strip());
        clear();
        page.load();
        categoryList.reload();
    }

    private void clear() {
        code = null;
        name = null;
        categoryId = null;
        areaId = null;
        description = null;
        slaBusinessDays = null;
        offeredTo = new ArrayList<>(Arrays.stream(ApplicantKind.values()).map(Enum::name).toList());
        allowsMultipleOpen = false;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getSlaBusinessDays() {
        return slaBusinessDays;
    }

    public void setSlaBusinessDays(Integer slaBusinessDays) {
        this.slaBusinessDays = slaBusinessDays;
    }

    public List<String> getOfferedTo() {
        return offeredTo;
    }

    public void setOfferedTo(List<String> offeredTo) {
        this.offeredTo = offeredTo;
    }

    public boolean isAllowsMultipleOpen() {
        return allowsMultipleOpen;
    }

    public void setAllowsMultipleOpen(boolean allowsMultipleOpen) {
        this.allowsMultipleOpen = allowsMultipleOpen;
    }
}
