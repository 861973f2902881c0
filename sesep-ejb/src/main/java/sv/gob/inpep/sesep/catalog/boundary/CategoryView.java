package sv.gob.inpep.sesep.catalog.boundary;

import java.io.Serializable;

/**
 * A category of the catalogue as the administrator edits it: how many services it holds (offered
 * or not; only an empty one may be deleted) and the version an edit must carry.
 */
public record CategoryView(long id, String code, String name, long services, long version) implements Serializable {
}
