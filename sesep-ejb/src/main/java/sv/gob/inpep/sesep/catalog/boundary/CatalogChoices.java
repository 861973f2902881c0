package sv.gob.inpep.sesep.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/** What a new service can be put under: the catalogue's categories and the areas in service. */
public record CatalogChoices(List<Choice> categories, List<Choice> areas) implements Serializable {

    /** One category or area, as a list offers it. */
    public record Choice(long id, String name) implements Serializable {
    }
}
