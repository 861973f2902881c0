package sv.gob.inpep.sesep.requests.entity;

/**
 * Respondida / Denegada / Desistida. The manual shows the first two as "Atendida"; the resolution
 * keeps them apart for the citizen's detail page and for the denial ratio. Desistida: the citizen
 * withdrew the request, or let the time to fix an observation run out; it is closed without an
 * answer and counts as neither answered nor denied.
 */
public enum Resolution {
    ANSWERED, DENIED, WITHDRAWN
}
