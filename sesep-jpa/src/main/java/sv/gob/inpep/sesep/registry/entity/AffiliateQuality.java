package sv.gob.inpep.sesep.registry.entity;

/** Calidad of an affiliate in the registry: still paying in, or drawing a pension. */
public enum AffiliateQuality {
    CONTRIBUTOR, PENSIONER
}
