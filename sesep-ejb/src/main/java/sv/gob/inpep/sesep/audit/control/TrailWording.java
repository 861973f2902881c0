package sv.gob.inpep.sesep.audit.control;

import sv.gob.inpep.sesep.complaints.entity.ComplaintFinding;
import sv.gob.inpep.sesep.requests.entity.ReceiptKind;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

/**
 * The Spanish words the audit trail's details use for the states they mention: the trail is read
 * by the Jefatura on "Consulta de solicitudes" as it was written, so a detail must never carry a
 * code ("Resolución: ANSWERED"). The words are those of the web bundle's names for the same
 * constants; the switches fail to compile when a constant is added without its word.
 */
public final class TrailWording {

    /** For a state the detail would name but that is not there. */
    static final String NONE = "sin dato";

    private TrailWording() {
    }

    public static String of(TicketOutcome outcome) {
        if (outcome == null) {
            return NONE;
        }
        return switch (outcome) {
            case ANSWERED -> "respondida";
            case OBSERVED -> "observada";
            case DENIED -> "denegada";
            case TRANSFERRED -> "trasladada";
        };
    }

    public static String of(TicketStatus status) {
        if (status == null) {
            return NONE;
        }
        return switch (status) {
            case QUEUED -> "en cola";
            case ASSIGNED -> "en atención";
            case CLOSED -> "cerrado";
        };
    }

    public static String of(Resolution resolution) {
        if (resolution == null) {
            return NONE;
        }
        return switch (resolution) {
            case ANSWERED -> "respondida";
            case DENIED -> "denegada";
            case WITHDRAWN -> "desistida";
        };
    }

    public static String of(ReceiptKind kind) {
        if (kind == null) {
            return NONE;
        }
        return switch (kind) {
            case RECEIPT -> "Comprobante";
            case TICKET -> "Ticket";
        };
    }

    public static String of(ComplaintFinding finding) {
        if (finding == null) {
            return NONE;
        }
        return switch (finding) {
            case UPHELD -> "Procedente";
            case NOT_UPHELD -> "No procedente";
        };
    }
}
