package sv.gob.inpep.sesep.requests.control;

import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Everything the Comprobante de Presentación (Annex 1) prints, taken from the request at the
 * moment of filing (or of fixing an observation, {@code resubmission}).
 */
public record ReceiptContent(ApplicantKind kind, String nup, String matricula, String expediente, String dui,
                             String firstNames, String lastNames, String phone, String email,
                             String serviceName, String categoryName, String areaName,
                             String seiNumber, LocalDateTime presentedAt, String ticketNumber,
                             boolean resubmission, String verificationCode, String verificationUrl) {

    public ReceiptContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(seiNumber, "seiNumber");
        Objects.requireNonNull(presentedAt, "presentedAt");
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }
}
