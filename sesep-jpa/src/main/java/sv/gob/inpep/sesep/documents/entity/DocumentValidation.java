package sv.gob.inpep.sesep.documents.entity;

/** Pendiente / Validado / No validado: the agent's verdict on one attached document (activity 12). */
public enum DocumentValidation {
    PENDING, VALID, INVALID
}
