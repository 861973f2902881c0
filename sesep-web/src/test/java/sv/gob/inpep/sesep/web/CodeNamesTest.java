package sv.gob.inpep.sesep.web;

import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.notifications.entity.MailTemplateCode;
import sv.gob.inpep.sesep.notifications.entity.NotificationStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Staff screens show Spanish words, never codes: every audit action, e-mail template and outbox
 * state has its name in the bundle. A constant added without one fails here, before any page
 * shows the code.
 */
class CodeNamesTest {

    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle(BusinessExceptionHandler.BUNDLE, Locale.forLanguageTag("es"));

    @Test
    void everyAuditActionHasItsSpanishName() {
        assertEquals(List.of(), missing("audit.action.", AuditAction.values()));
    }

    @Test
    void everyMailTemplateHasItsSpanishName() {
        assertEquals(List.of(), missing("mailTemplate.", MailTemplateCode.values()));
    }

    @Test
    void everyOutboxStateHasItsNameAndItsErrorText() {
        assertEquals(List.of(), missing("notification.status.", NotificationStatus.values()));
        assertEquals(List.of(), missing("notification.error.", NotificationStatus.values()));
    }

    private static List<String> missing(String prefix, Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> prefix + c.name())
                .filter(key -> !BUNDLE.containsKey(key) || BUNDLE.getString(key).isBlank()).toList();
    }
}
