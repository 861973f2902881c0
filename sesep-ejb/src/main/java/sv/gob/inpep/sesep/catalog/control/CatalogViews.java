package sv.gob.inpep.sesep.catalog.control;

import sv.gob.inpep.sesep.catalog.boundary.CatalogEntry;
import sv.gob.inpep.sesep.catalog.boundary.RequirementView;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.util.EnumSet;

/** Builds the portal's view of a catalogue service, inside the boundary's transaction. */
public final class CatalogViews {

    private CatalogViews() {
    }

    /** @param callerKind the citizen's applicant kind, or null for anyone else */
    public static CatalogEntry entry(CatalogService service, ApplicantKind callerKind) {
        return new CatalogEntry(service.getId(), service.getCode(), service.getName(), service.getDescription(),
                service.getCategory().getName(), service.getArea().getName(),
                EnumSet.copyOf(service.getOfferedTo()), service.getSlaBusinessDays(), service.isAllowsMultipleOpen(),
                service.getFormFileName(),
                service.getRequirements().stream().map(RequirementView::of).toList(),
                callerKind != null && service.isOfferedTo(callerKind));
    }
}
