package sv.gob.inpep.sesep.registry.control;

import java.util.List;
import java.util.Optional;

/**
 * The institute's affiliate registry as SESEP reads it. Lookups that serve registration take
 * everything the person typed and answer only on a full match, so that a caller can never learn
 * from one of them that a DUI alone exists.
 */
public interface AffiliateRegistry {

    /**
     * The holder of an affiliation (contributor or pensioner) with this DUI whose NUP or matrícula
     * INPEP is {@code nupOrMatricula}.
     *
     * @param dui            canonical DUI ({@link RegistryNumbers#canonicalDui})
     * @param nupOrMatricula digits only
     */
    Optional<AffiliateRecord> holder(String dui, String nupOrMatricula);

    /**
     * The beneficiary with this DUI inscribed under the holder whose matrícula INPEP is
     * {@code holderMatricula}.
     *
     * @param dui             canonical DUI ({@link RegistryNumbers#canonicalDui})
     * @param holderMatricula digits only
     */
    Optional<BeneficiaryRecord> beneficiary(String dui, String holderMatricula);

    /** A holder by the registry's id (e.g. the one a citizen's account is linked to). */
    Optional<AffiliateRecord> affiliate(long affiliateId);

    /** The beneficiaries inscribed under a holder, by last and first names. */
    List<BeneficiaryRecord> beneficiaries(long affiliateId);
}
