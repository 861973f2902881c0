package sv.gob.inpep.sesep.web.panel.agent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import sv.gob.inpep.sesep.BusinessException;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.complaints.entity.ComplaintFinding;
import sv.gob.inpep.sesep.documents.control.UploadLimits;
import sv.gob.inpep.sesep.tickets.boundary.ApplicantInfo;
import sv.gob.inpep.sesep.tickets.boundary.BeneficiaryInfo;
import sv.gob.inpep.sesep.tickets.boundary.ClosingSummary;
import sv.gob.inpep.sesep.tickets.boundary.NoteView;
import sv.gob.inpep.sesep.tickets.boundary.ResponseCheck;
import sv.gob.inpep.sesep.tickets.boundary.ServiceDetail;
import sv.gob.inpep.sesep.tickets.boundary.TicketGenerals;
import sv.gob.inpep.sesep.tickets.boundary.TicketWorkspace;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace of the ticket in attention (activities 5–33), on the same page as the desk. The
 * manual's windows ("Ver Información", "Beneficiarios", "Servicio", "Aceptar", "Devolver
 * observado", "Denegar solicitud", the concluding screen) are panels opened one at a time (the
 * three outcomes as dialogs).
 */
@Named
@ViewScoped
public class TicketWorkspaceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which of the manual's windows is open. */
    public enum Panel {
        NONE, APPLICANT, BENEFICIARIES, SERVICE, ANSWER, OBSERVE, DENY, COMPLAINT, SUMMARY
    }

    @Inject
    TicketWorkspace workspace;

    @Inject
    AttentionDeskBacking desk;

    @Inject
    UploadLimits limits;

    private Long loadedTicket;
    private TicketGenerals generals;
    private ApplicantInfo applicant;
    private List<BeneficiaryInfo> beneficiaries;
    private ServiceDetail service;
    private List<NoteView> notes;
    private ClosingSummary summary;
    private Panel panel = Panel.NONE;

    private String note;
    private String observations;
    private String denialReasons;
    private ComplaintFinding complaintFinding;
    private String complaintAnswer;
    private final Map<Long, String> documentNotes = new HashMap<>();

    private byte[] response;
    private ResponseCheck check;

    @PostConstruct
    void init() {
        load();
    }

    /** "Cambiar a disponible" (activity 1), and the generals of the ticket assigned, if any (activity 3). */
    public void becomeAvailable() {
        desk.becomeAvailable();
        load();
    }

    /** The page's poll: heartbeat and hand-over; the workspace is redrawn only when the ticket changed. */
    public void poll() {
        if (desk.poll()) {
            load();
            PrimeFaces.current().ajax().update("desk", "workspace", "messages");
        }
    }

    /** "Abandonar" confirmed (activities 34–35). */
    public void abandon() {
        desk.abandon();
        load();
    }

    /** Shows the ticket the desk holds, loading it when it is not the one shown (also when the view opens). */
    public void load() {
        Long current = desk.getDesk().hasTicket() ? desk.getDesk().ticket().ticketId() : null;
        if (current == null) {
            clear();
        } else if (!current.equals(loadedTicket)) {
            clear();
            loadedTicket = current;
            generals = workspace.generals(current);
            notes = workspace.notes(current);
            if (generals.finished()) {
                summary = workspace.summary(current);
                panel = Panel.SUMMARY;
            }
        }
    }

    /** "Ver Información" (activity 6). */
    public void showApplicant() {
        applicant = workspace.applicant(loadedTicket);
        panel = Panel.APPLICANT;
    }

    /** "Beneficiarios" (activity 7). */
    public void showBeneficiaries() {
        beneficiaries = workspace.beneficiaries(loadedTicket);
        panel = Panel.BENEFICIARIES;
    }

    /** "Servicio" (activities 11–13, 16, 23, 27). */
    public void showService() {
        service = workspace.service(loadedTicket);
        panel = Panel.SERVICE;
    }

    public void validate(long documentId) {
        workspace.validateDocument(loadedTicket, documentId);
        service = workspace.service(loadedTicket);
    }

    /** "No validar" on the documents table's row {@code row}: a refusal (no reason) shows on that row. */
    public void invalidate(long documentId, int row) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            workspace.invalidateDocument(loadedTicket, documentId, documentNotes.get(documentId));
        } catch (BusinessException refused) {
            FieldMessages.error(context, "ws:documents:" + row + ":invalidNote", refused);
            return;
        }
        documentNotes.remove(documentId);
        service = workspace.service(loadedTicket);
    }

    /** Libreta de control de atenciones. */
    public void addNote() {
        notes = workspace.addNote(loadedTicket, note);
        note = null;
    }

    /** "Aceptar" (activity 18): the window with SEI, ticket and "Adjunto". */
    public void openAnswer() {
        response = null;
        check = null;
        panel = Panel.ANSWER;
    }

    /**
     * "Adjunto" (activity 19), uploaded by Ajax: the file is checked and the window shows what it
     * will answer (20); a refused file is told next to the upload.
     */
    public void attach(FileUploadEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        String uploadId = event.getComponent().getClientId(context);
        UploadedFile file = event.getFile();
        check = null;
        response = null;
        if (file == null || file.getSize() == 0) {
            FieldMessages.error(context, uploadId, "error.response.required");
        } else if (file.getSize() > limits.getAnswerMaxBytes()) {
            FieldMessages.error(context, uploadId, "error.response.tooLarge", limits.getAnswerMaxMegabytes());
        } else {
            try {
                check = workspace.checkResponse(loadedTicket, file.getFileName(), file.getContent());
                response = file.getContent();
            } catch (BusinessException refused) {
                FieldMessages.error(context, uploadId, refused);
            }
        }
    }

    /** "Aceptar" in the window (activity 21): the answer goes to the citizen. */
    public void sendAnswer() {
        if (response == null) {
            throw new RuleViolation("error.response.required");
        }
        generals = workspace.answer(loadedTicket, response);
        response = null;
        check = null;
        panel = Panel.NONE;
        FieldMessages.info(FacesContext.getCurrentInstance(), "info.agent.answered", generals.seiNumber());
    }

    /** "Devolver observado" (activity 24). */
    public void openObserve() {
        panel = Panel.OBSERVE;
    }

    /** Activity 25: the observations go to the citizen. */
    public void sendObservations() {
        generals = workspace.observe(loadedTicket, observations);
        observations = null;
        panel = Panel.NONE;
        FieldMessages.info(FacesContext.getCurrentInstance(), "info.agent.observed", generals.seiNumber());
    }

    /** "Denegar solicitud" (activity 28). */
    public void openDeny() {
        panel = Panel.DENY;
    }

    /** Activity 29: the reasons go to the citizen. */
    public void sendDenial() {
        generals = workspace.deny(loadedTicket, denialReasons);
        denialReasons = null;
        panel = Panel.NONE;
        FieldMessages.info(FacesContext.getCurrentInstance(), "info.agent.denied", generals.seiNumber());
    }

    /** "Resolver queja": the window with procedente / no procedente and the answer. */
    public void openComplaint() {
        panel = Panel.COMPLAINT;
    }

    /** The finding and the answer go to the citizen. */
    public void sendComplaintResolution() {
        generals = workspace.resolveComplaint(loadedTicket, complaintFinding, complaintAnswer);
        complaintFinding = null;
        complaintAnswer = null;
        panel = Panel.NONE;
        FieldMessages.info(FacesContext.getCurrentInstance(), "info.agent.complaintResolved", generals.seiNumber());
    }

    /** "Terminar" (activity 31): the concluding screen. */
    public void finish() {
        summary = workspace.finish(loadedTicket);
        generals = workspace.generals(loadedTicket);
        panel = Panel.SUMMARY;
    }

    /** "Cerrar Ticket" (activities 32–33): back to the agent's initial screen. */
    public void close() {
        String number = generals.ticketNumber();
        workspace.close(loadedTicket);
        clear();
        desk.refresh();
        FieldMessages.info(FacesContext.getCurrentInstance(), "info.agent.closed", number);
    }

    public void closePanel() {
        panel = Panel.NONE;
    }

    private void clear() {
        loadedTicket = null;
        generals = null;
        applicant = null;
        beneficiaries = null;
        service = null;
        notes = null;
        summary = null;
        panel = Panel.NONE;
        response = null;
        check = null;
        documentNotes.clear();
    }

    public TicketGenerals getGenerals() {
        return generals;
    }

    public ApplicantInfo getApplicant() {
        return applicant;
    }

    public List<BeneficiaryInfo> getBeneficiaries() {
        return beneficiaries;
    }

    public ServiceDetail getService() {
        return service;
    }

    public List<NoteView> getNotes() {
        return notes;
    }

    public ClosingSummary getSummary() {
        return summary;
    }

    public Panel getPanel() {
        return panel;
    }

    public Long getTicketId() {
        return loadedTicket;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getObservations() {
        return observations;
    }

    public void setObservations(String observations) {
        this.observations = observations;
    }

    public String getDenialReasons() {
        return denialReasons;
    }

    public void setDenialReasons(String denialReasons) {
        this.denialReasons = denialReasons;
    }

    public ComplaintFinding getComplaintFinding() {
        return complaintFinding;
    }

    public void setComplaintFinding(ComplaintFinding complaintFinding) {
        this.complaintFinding = complaintFinding;
    }

    public String getComplaintAnswer() {
        return complaintAnswer;
    }

    public void setComplaintAnswer(String complaintAnswer) {
        this.complaintAnswer = complaintAnswer;
    }

    /** The findings in the order the window offers them. */
    public ComplaintFinding[] getComplaintFindings() {
        return ComplaintFinding.values();
    }

    public Map<Long, String> getDocumentNotes() {
        return documentNotes;
    }

    public ResponseCheck getCheck() {
        return check;
    }
}
