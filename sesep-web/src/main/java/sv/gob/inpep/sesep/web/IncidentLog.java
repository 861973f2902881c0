package sv.gob.inpep.sesep.web;

import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Records an unexpected failure under a short id that the user sees on the error page and can
 * quote to the help desk, while the stack trace goes only to the server log. The alphabet leaves
 * out 0/O and 1/I so the id survives being read aloud over the phone.
 */
public final class IncidentLog {

    private static final Logger LOG = Logger.getLogger(IncidentLog.class.getName());

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 8;
    private static final Pattern ID = Pattern.compile("[A-HJ-NP-Z2-9]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private IncidentLog() {
    }

    /**
     * Logs the failure at SEVERE and returns the incident id to show.
     *
     * @param where the view or URI that failed
     * @param user the caller's name, or {@code null} when anonymous
     */
    public static String record(Throwable failure, String where, String user) {
        String id = newId();
        LOG.log(Level.SEVERE, failure, () -> "Incident " + id + " at " + where + " (user: "
                + (user == null ? "anonymous" : user) + ")");
        return id;
    }

    /**
     * Whether a value has the shape of an incident id. The error page takes the id from the URL
     * and shows only values that pass, so a crafted link cannot make it display arbitrary text.
     */
    public static boolean isIncidentId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    static String newId() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
