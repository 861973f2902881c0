package sv.gob.inpep.sesep.registry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.registry.entity.Affiliate;
import sv.gob.inpep.sesep.registry.entity.Beneficiary;

import java.util.List;
import java.util.Optional;

/**
 * The registry read from the {@code affiliate} and {@code beneficiary} tables that stand for the
 * institute's database today (seeded with demo data). Runs in the caller's transaction.
 */
@ApplicationScoped
public class TableAffiliateRegistry implements AffiliateRegistry {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<AffiliateRecord> holder(String dui, String nupOrMatricula) {
        if (dui == null || nupOrMatricula == null || nupOrMatricula.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Affiliate.byDui", Affiliate.class)
                .setParameter("dui", dui)
                .getResultStream()
                .filter(a -> nupOrMatricula.equals(a.getNup()) || nupOrMatricula.equals(a.getMatricula()))
                .findFirst()
                .map(TableAffiliateRegistry::record);
    }

    @Override
    public Optional<BeneficiaryRecord> beneficiary(String dui, String holderMatricula) {
        if (dui == null || holderMatricula == null || holderMatricula.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Beneficiary.byDui", Beneficiary.class)
                .setParameter("dui", dui)
                .getResultStream()
                .filter(b -> holderMatricula.equals(b.getAffiliate().getMatricula()))
                .findFirst()
                .map(TableAffiliateRegistry::record);
    }

    @Override
    public Optional<AffiliateRecord> affiliate(long affiliateId) {
        return Optional.ofNullable(em.find(Affiliate.class, affiliateId)).map(TableAffiliateRegistry::record);
    }

    @Override
    public List<BeneficiaryRecord> beneficiaries(long affiliateId) {
        Affiliate affiliate = em.find(Affiliate.class, affiliateId);
        if (affiliate == null) {
            return List.of();
        }
        return em.createNamedQuery("Beneficiary.byAffiliate", Beneficiary.class)
                .setParameter("affiliate", affiliate)
                .getResultStream()
                .map(TableAffiliateRegistry::record)
                .toList();
    }

    private static AffiliateRecord record(Affiliate a) {
        return new AffiliateRecord(a.getId(), a.getNup(), a.getMatricula(), a.getExpediente(), a.getDui(),
                a.getFirstNames(), a.getLastNames(), a.getBirthDate(), a.getGender(), a.getQuality(), a.getPhone(),
                a.getEmail(), a.getAddress(), a.getEmployer(), a.getFirstAffiliationYear());
    }

    private static BeneficiaryRecord record(Beneficiary b) {
        return new BeneficiaryRecord(b.getId(), b.getAffiliate().getId(), b.getAffiliate().getMatricula(), b.getDui(),
                b.getFirstNames(), b.getLastNames(), b.getBirthDate(), b.getRelationship(), b.getPhone(), b.getEmail(),
                b.getInscriptionYear(), b.getAffiliate().getEmployer());
    }
}
