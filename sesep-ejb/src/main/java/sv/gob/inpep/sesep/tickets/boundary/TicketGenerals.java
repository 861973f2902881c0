package sv.gob.inpep.sesep.tickets.boundary;

import sv.gob.inpep.sesep.complaints.entity.ComplaintFinding;
import sv.gob.inpep.sesep.requests.control.DueDates;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The ticket's generals on the agent's screen (activity 5): who asks (name, calidad, matrícula),
 * the SEI, the ticket, the service, and since when it is in attention.
 *
 * @param outcome      null until the agent answered, observed or denied
 * @param citizenComment what the citizen wrote when fixing an earlier observation, if anything
 * @param dueDates       the service's target and the statutory limit, as dates
 * @param complaintSubject for a complaint, what it is about; null for any other request
 * @param complaintFinding for a complaint once resolved, procedente or not
 */
public record TicketGenerals(long ticketId, String ticketNumber, long requestId, String seiNumber,
                             String applicantName, ApplicantKind applicantKind, String matricula, String serviceCode,
                             String serviceName, String categoryName, String areaName, LocalDateTime filedAt,
                             LocalDateTime assignedAt, long elapsedSeconds, RequestStatus requestStatus,
                             TicketOutcome outcome, boolean finished, String citizenComment,
                             String responseFileName, DueDates dueDates, String complaintSubject,
                             ComplaintFinding complaintFinding) implements Serializable {

    /** A complaint ends with "Resolver queja", not with "Aceptar" or "Denegar". */
    public boolean isComplaint() {
        return complaintSubject != null;
    }

    public boolean hasOutcome() {
        return outcome != null;
    }
}
