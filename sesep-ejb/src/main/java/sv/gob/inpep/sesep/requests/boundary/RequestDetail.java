package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.complaints.boundary.ComplaintView;
import sv.gob.inpep.sesep.requests.control.DueDates;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the citizen may see of one of their requests: state, timeline, what they sent, what
 * they were given (receipts, answer), the observations or denial reasons, and what they can do
 * next (fix it when observed, rate it once attended, withdraw it while no agent holds it), and its
 * due dates: the estimated date of the answer (the service's target), the statutory limit and, when
 * observed, the last day to fix it. For a complaint, what it is about and how it was resolved
 * ({@code complaint}, null for other requests); its area is then the one answerable for it.
 */
public record RequestDetail(long id, String seiNumber, String serviceName, String categoryName, String areaName,
                            int slaBusinessDays, RequestStatus status, Resolution resolution, LocalDateTime filedAt,
                            LocalDateTime attendedAt, LocalDateTime closedAt, String observations,
                            String denialReasons, String citizenComment, List<FormEntry> form,
                            List<TimelineEntry> timeline, List<TicketView> tickets, List<DocumentView> documents,
                            List<ReceiptView> receipts, List<ResponseView> responses, SurveyView survey,
                            boolean canResubmit, boolean canRate, boolean canWithdraw,
                            DueDates dueDates, ComplaintView complaint) implements Serializable {

    public boolean isObserved() {
        return status == RequestStatus.OBSERVED;
    }

    public boolean isDenied() {
        return resolution == Resolution.DENIED;
    }

    public boolean isWithdrawn() {
        return resolution == Resolution.WITHDRAWN;
    }

    /** Whether an answer is still to come, so the due dates are worth showing. */
    public boolean isAwaitingAnswer() {
        return status.isOpen();
    }
}
