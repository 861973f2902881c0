package sv.gob.inpep.sesep.notifications.entity;

/**
 * The e-mails SESEP sends, one template each ({@code mail_template.code}, {@code notification.template_code}:
 * stored by name, so a constant is never renamed). Each has its Spanish name in the web bundle as
 * {@code mailTemplate.<NAME>} (a unit test of the web module fails when one is missing).
 */
public enum MailTemplateCode {
    ACCOUNT_VERIFY_EMAIL,
    ACCOUNT_OPENED_WITH_DUI,
    ACCOUNT_RESET_PASSWORD,
    ACCOUNT_PASSWORD_CHANGED,
    ACCOUNT_WELCOME,
    ACCOUNT_EMAIL_CHANGE_VERIFY,
    ACCOUNT_EMAIL_CHANGE_REQUESTED,
    ACCOUNT_EMAIL_CHANGED,
    REQUEST_FILED,
    REQUEST_RESUBMITTED,
    REQUEST_OBSERVED,
    REQUEST_ANSWERED,
    REQUEST_DENIED,
    REQUEST_CLOSED,
    REQUEST_TRANSFERRED,
    RISK_DIGEST,
    REQUEST_CORRECTION_REMINDER,
    REQUEST_LAPSED,
    REQUEST_WITHDRAWN,
    COMPLAINT_RESOLVED;
}
