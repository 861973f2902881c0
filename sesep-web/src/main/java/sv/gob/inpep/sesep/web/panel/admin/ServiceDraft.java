package sv.gob.inpep.sesep.web.panel.admin;

import sv.gob.inpep.sesep.catalog.boundary.ServiceSettings;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * A catalogue service's settings as the administrator types them, in the "Editar" dialog and in
 * "Nuevo servicio" alike: category, name, description, target, who may request it, several open at
 * once, and (when editing) whether it is available. The boundary checks them.
 */
public class ServiceDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long categoryId;
    private String name;
    private String description;
    private Integer slaBusinessDays;
    private Integer correctionBusinessDays;
    private Integer statutoryBusinessDays;
    private boolean statutoryPausedWhenObserved;
    private List<String> offeredTo;
    private boolean allowsMultipleOpen;
    private boolean active;

    /** An empty draft for a new service, offered to every kind of applicant until some are unticked. */
    static ServiceDraft empty() {
        ServiceDraft draft = new ServiceDraft();
        draft.offeredTo = new ArrayList<>(Arrays.stream(ApplicantKind.values()).map(Enum::name).toList());
        return draft;
    }

    /** The settings of a service as the page drew them. */
    static ServiceDraft of(ServiceSettings settings) {
        ServiceDraft draft = new ServiceDraft();
        draft.categoryId = settings.categoryId();
        draft.name = settings.name();
        draft.description = settings.description();
        draft.slaBusinessDays = settings.slaBusinessDays();
        draft.correctionBusinessDays = settings.correctionBusinessDays();
        draft.statutoryBusinessDays = settings.statutoryBusinessDays();
        draft.statutoryPausedWhenObserved = settings.statutoryPausedWhenObserved();
        draft.offeredTo = new ArrayList<>(settings.offeredTo().stream().map(Enum::name).toList());
        draft.allowsMultipleOpen = settings.allowsMultipleOpen();
        draft.active = settings.active();
        return draft;
    }

    /** The ticked applicant kinds. */
    EnumSet<ApplicantKind> kinds() {
        EnumSet<ApplicantKind> kinds = EnumSet.noneOf(ApplicantKind.class);
        offeredTo.forEach(k -> kinds.add(ApplicantKind.valueOf(k)));
        return kinds;
    }

    /** The target as typed; 0 (refused by the boundary) when left empty. */
    int sla() {
        return slaBusinessDays == null ? 0 : slaBusinessDays;
    }

    /** The time to fix an observation as typed; 0 (refused by the boundary) when left empty. */
    int correctionDays() {
        return correctionBusinessDays == null ? 0 : correctionBusinessDays;
    }

    /** The statutory limit as typed; 0 (refused by the boundary) when left empty. */
    int statutoryDays() {
        return statutoryBusinessDays == null ? 0 : statutoryBusinessDays;
    }

    public Integer getCorrectionBusinessDays() {
        return correctionBusinessDays;
    }

    public void setCorrectionBusinessDays(Integer correctionBusinessDays) {
        this.correctionBusinessDays = correctionBusinessDays;
    }

    public Integer getStatutoryBusinessDays() {
        return statutoryBusinessDays;
    }

    public void setStatutoryBusinessDays(Integer statutoryBusinessDays) {
        this.statutoryBusinessDays = statutoryBusinessDays;
    }

    public boolean isStatutoryPausedWhenObserved() {
        return statutoryPausedWhenObserved;
    }

    public void setStatutoryPausedWhenObserved(boolean statutoryPausedWhenObserved) {
        this.statutoryPausedWhenObserved = statutoryPausedWhenObserved;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
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
