package sv.gob.inpep.sesep.requests.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.control.TrailWording;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;
import sv.gob.inpep.sesep.requests.control.VerificationCodes;
import sv.gob.inpep.sesep.requests.entity.FilingReceipt;

/**
 * The public check behind the QR code on every Comprobante and ticket: anyone holding one (a bank,
 * another institution) can confirm SESEP issued it. The stored PDF is hashed again and compared
 * with the SHA-256 recorded when it was issued, so a copy altered in the database does not verify
 * either; a person may also submit the PDF they hold to see whether it is that very file.
 */
@Stateless
@PermitAll
public class ReceiptVerification {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public ReceiptCheck verify(String typedCode) {
        FilingReceipt receipt = find(typedCode);
        if (receipt == null) {
            audit.record(AuditAction.RECEIPT_VERIFICATION_FAILED, null, null, null, "Código no encontrado");
            return ReceiptCheck.notFound();
        }
        boolean intact = DocumentInspector.sha256(receipt.getContent()).equals(receipt.getSha256());
        audit.record(AuditAction.RECEIPT_VERIFIED, receipt.getRequest().getId(), receipt.getTicket().getId(), null,
                TrailWording.of(receipt.getKind()) + " " + receipt.getVerificationCode() + (intact ? " íntegro" : " ALTERADO"));
        return new ReceiptCheck(true, intact, receipt.getRequest().getSeiNumber(), receipt.getKind(),
                receipt.getIssuedAt(), receipt.getSha256());
    }

    /** Whether {@code pdf} is, byte for byte, the document issued under this code. */
    public boolean matches(String typedCode, byte[] pdf) {
        FilingReceipt receipt = find(typedCode);
        boolean matches = receipt != null && pdf != null && DocumentInspector.sha256(pdf).equals(receipt.getSha256());
        audit.record(AuditAction.RECEIPT_COPY_COMPARED, receipt == null ? null : receipt.getRequest().getId(), null, null,
                matches ? "La copia coincide" : "La copia no coincide");
        return matches;
    }

    private FilingReceipt find(String typedCode) {
        String code = VerificationCodes.normalize(typedCode);
        if (code == null) {
            return null;
        }
        return em.createNamedQuery("FilingReceipt.byVerificationCode", FilingReceipt.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }
}
