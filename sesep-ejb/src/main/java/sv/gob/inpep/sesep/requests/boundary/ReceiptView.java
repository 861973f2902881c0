package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.requests.entity.ReceiptKind;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A Comprobante or a ticket PDF issued for one of the request's filings. */
public record ReceiptView(long id, ReceiptKind kind, String ticketNumber, LocalDateTime issuedAt,
                          String verificationCode, String fileName) implements Serializable {
}
