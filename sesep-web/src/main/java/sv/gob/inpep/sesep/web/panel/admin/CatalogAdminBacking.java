package sv.gob.inpep.sesep.web.panel.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.catalog.boundary.CatalogAdministration;
import sv.gob.inpep.sesep.catalog.boundary.ServiceSettings;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * "Catálogo de servicios": the services with their settings; "Editar" opens a dialog with the
 * service as the page drew it (its version), so an edit made meanwhile by someone else is refused
 * by the boundary rather than overwritten.
 */
@Named
@ViewScoped
public class CatalogAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogAdministration catalog;

    private List<ServiceSettings> services;
    private ServiceSettings editing;
    private String name;
    private String description;
    private Integer slaBusinessDays;
    private List<String> offeredTo = new ArrayList<>();
    private boolean allowsMultipleOpen;
    private boolean active;

    @PostConstruct
    void load() {
        services = catalog.services();
    }

    /** "Editar" on a row (request parameter {@code id}). */
    public void edit() {
        long id = Long.parseLong(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
        editing = services.stream().filter(s -> s.id() == id).findFirst().orElse(null);
        if (editing != null) {
            name = editing.name();
            description = editing.description();
            slaBusinessDays = editing.slaBusinessDays();
            offeredTo = new ArrayList<>(editing.offeredTo().stream().map(Enum::name).toList());
            allowsMultipleOpen = editing.allowsMultipleOpen();
            active = editing.active();
        }
    }

    public void save() {
        try {
            EnumSet<ApplicantKind> kinds = EnumSet.noneOf(ApplicantKind.class);
            offeredTo.forEach(k -> kinds.add(ApplicantKind.valueOf(k)));
            ServiceSettings saved = catalog.update(new ServiceSettings(editing.id(), editing.code(), editing.categoryName(),
                    editing.areaName(), name, description, slaBusinessDays == null ? 0 : slaBusinessDays, kinds,
                    allowsMultipleOpen, active, editing.version()));
            FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.catalog.saved", saved.name());
            editing = null;
        } catch (RuleViolation refused) {
            if ("error.catalog.changedMeanwhile".equals(refused.getMessageKey())) {
                editing = null;   // the list is reloaded below: edit the current version again
            }
            throw refused;
        } finally {
            load();
        }
    }

    public void cancel() {
        editing = null;
    }

    public List<ServiceSettings> getServices() {
        return services;
    }

    public ServiceSettings getEditing() {
        return editing;
    }

    public ApplicantKind[] getKinds() {
        return ApplicantKind.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
