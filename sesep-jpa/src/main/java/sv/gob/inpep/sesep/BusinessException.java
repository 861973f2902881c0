package sv.gob.inpep.sesep;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A rule of the procedure that an action would break. The one root of SESEP's business errors:
 * unchecked, rolls the container transaction back, and carries a resource-bundle key (plus
 * arguments) instead of a sentence, so the JSF exception handler and the REST exception mapper
 * show the user a Spanish text without ever matching on a message.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** Key in the {@code messages} bundle, e.g. {@code error.ticket.abandonAfterResolution}. */
    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
