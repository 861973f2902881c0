package sv.gob.inpep.sesep.catalog.boundary;

import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.io.Serializable;
import java.util.Set;

/**
 * A service the administrator adds to the catalogue: its code (fixed once created, printed on
 * nothing the citizen keeps but named in the audit trail and the reports), the category citizens
 * find it under, the area whose agents attend it (and whose prefix its tickets carry), and the
 * settings also edited later ({@link ServiceSettings}).
 */
public record NewService(String code, Long categoryId, Long areaId, String name, String description, int slaBusinessDays,
                         Set<ApplicantKind> offeredTo, boolean allowsMultipleOpen) implements Serializable {
}
