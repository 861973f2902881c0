package sv.gob.inpep.sesep.web.portal.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.catalog.boundary.CatalogCategory;
import sv.gob.inpep.sesep.catalog.boundary.ServiceCatalog;

import java.io.Serializable;
import java.util.List;

/** The public catalogue page: categories and their services, read once per view. */
@Named
@ViewScoped
public class CatalogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServiceCatalog catalog;

    private List<CatalogCategory> categories;

    @PostConstruct
    void load() {
        categories = catalog.browse();
    }

    public List<CatalogCategory> getCategories() {
        return categories;
    }
}
