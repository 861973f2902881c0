package sv.gob.inpep.sesep.complaints.boundary;

import java.io.Serializable;

/**
 * Something a citizen may complain about, as the filing form offers it: an area of the institute,
 * a service of the catalogue, or one of their own SEIs. {@code key} is what the form sends back.
 */
public record ComplaintSubject(Kind kind, String key, String label) implements Serializable {

    public enum Kind {
        AREA, SERVICE, REQUEST
    }
}
