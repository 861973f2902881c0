package sv.gob.inpep.sesep;

/**
 * A state change the manual does not allow (e.g. abandoning a ticket after an answer, activity
 * 34.2) or input that breaks an invariant. Entities throw it from their named state methods.
 */
public class RuleViolation extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
