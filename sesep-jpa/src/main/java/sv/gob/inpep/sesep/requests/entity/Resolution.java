package sv.gob.inpep.sesep.requests.entity;

/**
 * Respondida / Denegada. The manual shows both as "Atendida"; the resolution keeps them apart
 * for the citizen's detail page and for the denial ratio.
 */
public enum Resolution {
    ANSWERED, DENIED
}
