package sv.gob.inpep.sesep.catalog.boundary;

import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A service of the catalogue as the portal shows it. {@code offeredToCaller} is true only when the
 * caller is a citizen whose applicant kind may request it.
 */
public record CatalogEntry(long id, String code, String name, String description, String categoryName,
                           String areaName, Set<ApplicantKind> offeredTo, int slaBusinessDays,
                           boolean allowsMultipleOpen, String formFileName, List<RequirementView> requirements,
                           boolean offeredToCaller) implements Serializable {

    public boolean hasForm() {
        return formFileName != null;
    }

    public boolean isForContributor() {
        return offeredTo.contains(ApplicantKind.CONTRIBUTOR);
    }

    public boolean isForPensioner() {
        return offeredTo.contains(ApplicantKind.PENSIONER);
    }

    public boolean isForBeneficiary() {
        return offeredTo.contains(ApplicantKind.BENEFICIARY);
    }
}
