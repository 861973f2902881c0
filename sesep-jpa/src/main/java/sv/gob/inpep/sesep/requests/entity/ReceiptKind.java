package sv.gob.inpep.sesep.requests.entity;

/** The two documents issued at filing: Comprobante de Presentación (Annex 1) and ticket (Annex 2). */
public enum ReceiptKind {
    RECEIPT, TICKET
}
