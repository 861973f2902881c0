package sv.gob.inpep.sesep.requests.boundary;

import java.io.Serializable;

/** A datum the citizen typed when filing, with the label it had on the form. */
public record FormEntry(String label, String value) implements Serializable {
}
