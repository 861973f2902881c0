package sv.gob.inpep.sesep.web.panel.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.supervision.boundary.Board;
import sv.gob.inpep.sesep.supervision.boundary.Supervisors;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * "Jefaturas" on the agents page: each supervisor with the areas they supervise; "Cambiar áreas"
 * opens the choice for that supervisor (the row's account id as the page drew it).
 */
@Named
@ViewScoped
public class SupervisorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Supervisors supervisors;

    private List<Supervisors.Line> roster;
    private List<Board.Area> areas;
    private Supervisors.Line editing;
    private List<Long> areaIds = new ArrayList<>();
    private boolean allAreas;

    @PostConstruct
    void load() {
        roster = supervisors.roster();
        areas = supervisors.areas();
    }

    public void edit() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("account");
        editing = roster.stream().filter(l -> String.valueOf(l.accountId()).equals(id)).findFirst().orElse(null);
        if (editing != null) {
            areaIds = new ArrayList<>(editing.areaIds());
            allAreas = editing.allAreas();
        }
    }

    public void save() {
        supervisors.assign(editing.accountId(), areaIds, allAreas);
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.supervisors.saved", editing.fullName());
        cancel();
        load();
    }

    public void cancel() {
        editing = null;
        areaIds = new ArrayList<>();
        allAreas = false;
    }

    public List<Supervisors.Line> getRoster() {
        return roster;
    }

    public List<Board.Area> getAreas() {
        return areas;
    }

    public Supervisors.Line getEditing() {
        return editing;
    }

    public List<Long> getAreaIds() {
        return areaIds;
    }

    public void setAreaIds(List<Long> areaIds) {
        this.areaIds = areaIds;
    }

    public boolean isAllAreas() {
        return allAreas;
    }

    public void setAllAreas(boolean allAreas) {
        this.allAreas = allAreas;
    }
}
