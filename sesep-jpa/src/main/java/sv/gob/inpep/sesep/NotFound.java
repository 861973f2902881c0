package sv.gob.inpep.sesep;

/**
 * What was asked for does not exist, or the caller may not see it. The two are deliberately the
 * same error, so that guessing ids reveals nothing about other citizens' requests.
 */
public class NotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
