package sv.gob.inpep.sesep.tickets.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * "Servicio" (activities 11–13): the documents attached to the request, the data the citizen typed
 * in the service's form, and whether the service has a form to download.
 */
public record ServiceDetail(List<DocumentInfo> documents, List<FormValue> form, String formFileName)
        implements Serializable {

    public boolean hasForm() {
        return formFileName != null;
    }

    /** A field of the service's form and what the citizen typed. */
    public record FormValue(String label, String value) implements Serializable {
    }
}
