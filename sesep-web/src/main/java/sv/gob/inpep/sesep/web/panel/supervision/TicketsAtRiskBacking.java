package sv.gob.inpep.sesep.web.panel.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.supervision.boundary.Board;
import sv.gob.inpep.sesep.supervision.boundary.RiskList;
import sv.gob.inpep.sesep.supervision.boundary.SupervisionBoard;

import java.io.Serializable;
import java.util.List;

/** "En riesgo": the tickets of the supervisor's areas overdue or due soon, narrowed to one area or not. */
@Named
@ViewScoped
public class TicketsAtRiskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionBoard supervision;

    private Long areaId;
    private List<Board.Area> areas;
    private RiskList risk;

    @PostConstruct
    void load() {
        areas = supervision.areas();
        refresh();
    }

    /** The area filter, and "Actualizar". */
    public void refresh() {
        risk = supervision.atRisk(areaId);
    }

    public RiskList getRisk() {
        return risk;
    }

    public List<Board.Area> getAreas() {
        return areas;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }
}
