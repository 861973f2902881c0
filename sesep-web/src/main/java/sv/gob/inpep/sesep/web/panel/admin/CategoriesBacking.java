package sv.gob.inpep.sesep.web.panel.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.BusinessException;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.catalog.boundary.CategoryAdministration;
import sv.gob.inpep.sesep.catalog.boundary.CategoryView;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Categorías" on the "Catálogo de servicios" page: the categories in the order citizens see them,
 * to add, rename, move and delete them. Each edit carries the version the page drew, so one made
 * meanwhile by someone else is refused rather than overwritten. After every change the page's
 * services (which show their category) and the categories "Nuevo servicio" offers are reloaded.
 */
@Named
@ViewScoped
public class CategoriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CategoryAdministration administration;

    @Inject
    CatalogAdminBacking page;

    @Inject
    NewServiceBacking newService;

    private List<CategoryView> categories;
    private String code;
    private String name;
    private CategoryView renaming;
    private String newName;

    @PostConstruct
    void init() {
        reload();
    }

    /** The categories again, e.g. after a service was added to one or moved between two (their counts change). */
    void reload() {
        categories = administration.all();
    }

    /** "Agregar categoría"; the form is emptied for the next one. */
    public void add() {
        change(() -> administration.create(code, name));
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.categories.added", name.strip());
        code = null;
        name = null;
    }

    /** "Cambiar nombre" on a row (request parameter {@code category}): opens the dialog with the current name. */
    public void rename() {
        renaming = shown();
        newName = renaming.name();
    }

    public void saveName() {
        CategoryView category = renaming;
        change(() -> administration.rename(category.id(), category.version(), newName));
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.categories.renamed", newName.strip());
        renaming = null;
    }

    public void cancelRename() {
        renaming = null;
    }

    /** "Subir" on a row (request parameter {@code category}). */
    public void moveUp() {
        move(true);
    }

    /** "Bajar" on a row (request parameter {@code category}). */
    public void moveDown() {
        move(false);
    }

    /** "Eliminar" on a row (request parameter {@code category}), after the page asked to confirm. */
    public void delete() {
        CategoryView category = shown();
        change(() -> administration.delete(category.id(), category.version()));
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.categories.deleted", category.name());
    }

    private void move(boolean up) {
        CategoryView category = shown();
        change(() -> administration.move(category.id(), category.version(), up));
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.categories.moved");
    }

    /**
     * Runs a change and shows the categories as they are now, whether it was made or refused, and
     * reloads the rest of the page. When it was refused because the category changed or went
     * meanwhile, the rename dialog is closed: the reloaded list is what to edit again.
     */
    private void change(Supplier<List<CategoryView>> change) {
        try {
            categories = change.get();
        } catch (BusinessException refused) {
            if (refused instanceof NotFound
                    || (refused instanceof RuleViolation && "error.category.changedMeanwhile".equals(refused.getMessageKey()))) {
                renaming = null;
            }
            reload();
            throw refused;
        } finally {
            page.load();
            newService.reloadChoices();
        }
    }

    /** The row the request names, as this page drew it (with its version). */
    private CategoryView shown() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("category");
        return categories.stream().filter(c -> Long.toString(c.id()).equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("error.category.notFound"));
    }

    public List<CategoryView> getCategories() {
        return categories;
    }

    public CategoryView getRenaming() {
        return renaming;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
