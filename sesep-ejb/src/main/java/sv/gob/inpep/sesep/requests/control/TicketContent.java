package sv.gob.inpep.sesep.requests.control;

import java.time.LocalDateTime;
import java.util.Objects;

/** What the printed attention ticket (Annex 2) shows. {@code userId} is the applicant's DUI. */
public record TicketContent(String userName, String userId, String ticketNumber, String seiNumber,
                            LocalDateTime issuedAt, String verificationCode, String verificationUrl) {

    public TicketContent {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(seiNumber, "seiNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }
}
