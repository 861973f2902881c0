package sv.gob.inpep.sesep.requests.entity;

/** Calidad del solicitante: cotizante, pensionado or beneficiario (Annex 1). */
public enum ApplicantKind {
    CONTRIBUTOR, PENSIONER, BENEFICIARY
}
