package sv.gob.inpep.sesep;

/**
 * JNDI names of the server resources SESEP uses. They are created by the CLI scripts in
 * wildfly-config (never by the application), so each name here has its twin there; the datasource
 * name also appears in this jar's persistence.xml.
 */
public final class Resources {

    /** wildfly-config/cli/20-datasource.cli */
    public static final String DATASOURCE = "java:jboss/datasources/SesepDS";

    /** wildfly-config/cli/40-mail.cli */
    public static final String MAIL_SESSION = "java:jboss/mail/Sesep";

    /** wildfly-config/cli/30-messaging.cli: every e-mail to a citizen. */
    public static final String NOTIFICATIONS_QUEUE = "java:/jms/queue/SesepNotifications";

    /** wildfly-config/cli/30-messaging.cli: closes a SEI after its last ticket (activity 33). */
    public static final String REQUEST_CLOSING_QUEUE = "java:/jms/queue/SesepRequestClosing";

    /** wildfly-config/cli/30-messaging.cli: where both queues' poison messages end. */
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/SesepDLQ";

    private Resources() {
    }
}
