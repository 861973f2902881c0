package sv.gob.inpep.sesep.web.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.BusinessException;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.accounts.control.PasswordPolicy;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.registry.control.RegistryNumbers;
import sv.gob.inpep.sesep.web.BusinessExceptionHandler;

import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Field validators of the account pages ({@code validator="#{accountFields.dui}"}), so that a
 * wrong DUI or a weak password is reported next to its field. They apply the boundary's own rules
 * (the same registry number format, the same {@link PasswordPolicy}) and word them from the same
 * bundle keys; the boundary checks everything again.
 * <p>
 * Fields are found by id in the same form: {@code dui}, {@code email}, {@code password}.
 */
@Named
@ApplicationScoped
public class AccountFields {

    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9 -]{0,19}");

    @Inject
    PasswordPolicy policy;

    public void dui(FacesContext context, UIComponent component, Object value) {
        if (!RegistryNumbers.isValidDui((String) value)) {
            fail(context, new RuleViolation("error.registration.duiInvalid"));
        }
    }

    public void registryNumber(FacesContext context, UIComponent component, Object value) {
        if (!NUMBER.matcher(((String) value).strip()).matches()) {
            fail(context, new RuleViolation("error.registration.numberInvalid"));
        }
    }

    public void email(FacesContext context, UIComponent component, Object value) {
        String email = ((String) value).strip();
        if (email.length() > 200 || !UserAccount.isEmailAddress(email)) {
            fail(context, new RuleViolation("error.registration.emailInvalid"));
        }
    }

    public void phone(FacesContext context, UIComponent component, Object value) {
        if (value != null && !((String) value).isBlank() && !Citizen.isPhoneNumber(((String) value).strip())) {
            fail(context, new RuleViolation("error.registration.phoneInvalid"));
        }
    }

    /** The password policy, with the DUI and e-mail typed in the same form when there are such fields. */
    public void password(FacesContext context, UIComponent component, Object value) {
        try {
            policy.check((String) value, localValue(component, "dui"), localValue(component, "email"));
        } catch (RuleViolation e) {
            fail(context, e);
        }
    }

    /** The same as the {@code password} field of the form (when that one was valid). */
    public void confirmation(FacesContext context, UIComponent component, Object value) {
        UIInput password = (UIInput) component.findComponent("password");
        if (password != null && password.isValid() && password.getValue() != null) {
            try {
                policy.checkConfirmation((String) password.getValue(), (String) value);
            } catch (RuleViolation e) {
                fail(context, e);
            }
        }
    }

    private static String localValue(UIComponent component, String id) {
        UIComponent other = component.findComponent(id);
        if (other instanceof UIInput input && input.isValid() && input.getValue() instanceof String text) {
            return "dui".equals(id) ? RegistryNumbers.canonicalDui(text) : text.strip();
        }
        return null;
    }

    private static void fail(FacesContext context, BusinessException error) {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String text = BusinessExceptionHandler.describe(bundle, error, context.getViewRoot().getLocale());
        throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
