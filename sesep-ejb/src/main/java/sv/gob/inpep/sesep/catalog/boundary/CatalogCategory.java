package sv.gob.inpep.sesep.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/** A category of the catalogue with its active services, in the catalogue's order. */
public record CatalogCategory(long id, String name, List<CatalogEntry> services) implements Serializable {
}
