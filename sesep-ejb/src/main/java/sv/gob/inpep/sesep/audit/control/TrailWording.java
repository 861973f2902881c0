package sv.gob.inpep.sesep.audit.control;

import sv.gob.inpep.sesep.requests.entity.ReceiptKind;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;

/**
 * The Spanish words the audit trail's details use for the states they mention: the trail is read
 * by the Jefatura on "Consulta de solicitudes" as it was written, so a detail must never carry a
 * code ("Resolución: ANSWERED"). The words are those of the web bundle's names for the same
 * constants; the switches fail to compile when a constant is added without its word.
 */
public final class TrailWording {

    private TrailWording() {
    }

    public static String of(TicketOutcome outcome) {
        return switch (outcome) {
            case ANSWERED -> "respondida";
            case OBSERVED -> "observada";
            case DENIED -> "denegada";
        };
    }

    public static String of(Resolution resolution) {
        return switch (resolution) {
            case ANSWERED -> "respondida";
            case DENIED -> "denegada";
        };
    }

    public static String of(ReceiptKind kind) {
        return switch (kind) {
            case RECEIPT -> "Comprobante";
            case TICKET -> "Ticket";
        };
    }
}
