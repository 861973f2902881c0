package sv.gob.inpep.sesep.web.panel.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.agents.boundary.AgentAdministration;
import sv.gob.inpep.sesep.agents.boundary.AgentRoster;
import sv.gob.inpep.sesep.agents.boundary.NewAgent;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * "Agentes": the roster, enrolling an agent, moving one to another type, deactivating and
 * reactivating, and editing an agent type's competence. Row actions carry the id as the page drew
 * it (request parameter), so a redrawn table never makes a click land on another row.
 */
@Named
@ViewScoped
public class AgentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgentAdministration administration;

    private AgentRoster roster;

    private String username;
    private String fullName;
    private String email;
    private String gestorCode;
    private Long agentTypeId;

    private String typeCode;
    private String typeName;
    private Long typeAreaId;

    private AgentRoster.AgentLine moving;
    private Long movingTypeId;

    private AgentRoster.TypeLine editing;
    private List<Long> editingServiceIds = new ArrayList<>();

    @PostConstruct
    void load() {
        roster = administration.roster();
    }

    /** "Inscribir agente". */
    public void enrol() {
        administration.enrol(new NewAgent(username, fullName, email, gestorCode, agentTypeId));
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.agents.enrolled", fullName, email);
        username = null;
        fullName = null;
        email = null;
        gestorCode = null;
        agentTypeId = null;
        load();
    }

    /** "Crear tipo": a new agent type, whose competence is set next with "Editar competencia". */
    public void createType() {
        administration.createType(typeCode, typeName, typeAreaId);
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.agents.typeCreated", typeName);
        typeCode = null;
        typeName = null;
        typeAreaId = null;
        load();
    }

    public void deactivate() {
        try {
            administration.deactivate(idParameter());
            FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.agents.deactivated");
        } finally {
            load();
        }
    }

    public void activate() {
        administration.activate(idParameter());
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.agents.activated");
        load();
    }

    /** "Cambiar tipo" on a row: opens the dialog. */
    public void askMove() {
        long id = idParameter();
        moving = roster.agents().stream().filter(a -> a.id() == id).findFirst().orElse(null);
        movingTypeId = moving == null ? null : moving.agentTypeId();
    }

    public void move() {
        try {
            administration.changeType(moving.id(), movingTypeId);
            FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.agents.moved", moving.gestorCode());
            moving = null;
        } finally {
            load();
        }
    }

    public void cancelMove() {
        moving = null;
    }

    /** "Editar competencia" on an agent type: opens the dialog with its services ticked. */
    public void askCompetence() {
        long id = idParameter();
        editing = roster.types().stream().filter(t -> t.id() == id).findFirst().orElse(null);
        editingServiceIds = editing == null ? new ArrayList<>() : new ArrayList<>(editing.serviceIds());
    }

    public void saveCompetence() {
        administration.setCompetence(editing.id(), editingServiceIds);
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.agents.competenceSaved", editing.name());
        editing = null;
        load();
    }

    public void cancelCompetence() {
        editing = null;
    }

    /** The agent types of the moving agent's area. */
    public List<AgentRoster.TypeLine> getMovingTypes() {
        return moving == null ? List.of() : roster.types().stream()
                .filter(t -> t.areaName().equals(moving.areaName())).toList();
    }

    /** The services of the edited type's area. */
    public List<AgentRoster.ServiceOption> getEditingServices() {
        return editing == null ? List.of() : roster.services().stream().filter(s -> s.offeredTo(editing.areaId())).toList();
    }

    private static long idParameter() {
        return Long.parseLong(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id"));
    }

    public AgentRoster getRoster() {
        return roster;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getGestorCode() {
        return gestorCode;
    }

    public void setGestorCode(String gestorCode) {
        this.gestorCode = gestorCode;
    }

    public Long getAgentTypeId() {
        return agentTypeId;
    }

    public void setAgentTypeId(Long agentTypeId) {
        this.agentTypeId = agentTypeId;
    }

    public AgentRoster.AgentLine getMoving() {
        return moving;
    }

    public Long getMovingTypeId() {
        return movingTypeId;
    }

    public void setMovingTypeId(Long movingTypeId) {
        this.movingTypeId = movingTypeId;
    }

    public AgentRoster.TypeLine getEditing() {
        return editing;
    }

    public List<Long> getEditingServiceIds() {
        return editingServiceIds;
    }

    public void setEditingServiceIds(List<Long> editingServiceIds) {
        this.editingServiceIds = editingServiceIds;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getTypeName() {
        return typeName;
    }

    public void setTypeName(String typeName) {
        this.typeName = typeName;
    }

    public Long getTypeAreaId() {
        return typeAreaId;
    }

    public void setTypeAreaId(Long typeAreaId) {
        this.typeAreaId = typeAreaId;
    }
}
