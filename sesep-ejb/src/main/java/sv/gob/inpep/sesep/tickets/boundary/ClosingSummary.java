package sv.gob.inpep.sesep.tickets.boundary;

import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The concluding screen of an attention ("Terminar", activity 31). */
public record ClosingSummary(String ticketNumber, String seiNumber, String serviceName, String applicantName,
                             TicketOutcome outcome, LocalDateTime assignedAt, LocalDateTime finishedAt,
                             long attentionSeconds, int documentsValid, int documentsInvalid, int documentsPending,
                             String responseFileName, String outcomeText, boolean closesRequest) implements Serializable {
}
