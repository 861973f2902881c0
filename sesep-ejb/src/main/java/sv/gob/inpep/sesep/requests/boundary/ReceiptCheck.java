package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.requests.entity.ReceiptKind;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The public answer about a verification code: whether SESEP issued such a document and whether
 * the copy it keeps is intact (its SHA-256 still the one recorded at issue). Deliberately nothing
 * personal: who filed and what for are not anyone's business who holds the code.
 */
public record ReceiptCheck(boolean found, boolean intact, String seiNumber, ReceiptKind kind, LocalDateTime issuedAt,
                           String sha256) implements Serializable {

    static ReceiptCheck notFound() {
        return new ReceiptCheck(false, false, null, null, null, null);
    }
}
