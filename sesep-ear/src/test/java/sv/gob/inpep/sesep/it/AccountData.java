package sv.gob.inpep.sesep.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import sv.gob.inpep.sesep.accounts.control.Tokens;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.accounts.entity.LoginThrottle;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;

/**
 * Account tests' view of the database, inside the server: registry rows that have no account yet
 * (so each test registers a real person of the demo registry), what an account looks like after
 * an action, and the two knobs a test needs on time — an expired link and an ended lock.
 */
@ApplicationScoped
@Transactional
public class AccountData {

    @PersistenceContext
    EntityManager em;

    /**
     * Someone the registry knows, as they would type it on the registration page: {@code year} and
     * {@code employer} are the facts registration asks for (a holder's first affiliation and last
     * employer; a beneficiary's inscription and the holder's employer), {@code email} the address
     * the registry holds for them (may be null).
     */
    public record Person(String dui, String nup, String matricula, String name, Integer year, String employer,
                         String email) {
    }

    /** The state of an account as a user would notice it. */
    public record AccountState(String username, String email, String fullName, String passwordHash,
                               boolean enabled, boolean emailVerified, boolean awaitingVerification,
                               int failedLogins, LocalDateTime lockedUntil, ApplicantKind kind,
                               String holderDui, String beneficiaryDui, String phone) {
    }

    /**
     * The first holder of this quality (CONTRIBUTOR, PENSIONER) whose DUI has no account, is not
     * also a beneficiary's, and is not in {@code skip} (people a test already picked).
     */
    public Person holderWithoutAccount(String quality, List<String> skip) {
        return holderWithoutAccount(quality, skip, person -> true);
    }

    /** The same, among the holders that are also {@code wanted}. */
    public Person holderWithoutAccount(String quality, List<String> skip, Predicate<Person> wanted) {
        List<?> rows = em.createNativeQuery("""
                SELECT a.dui, a.nup, a.matricula, a.first_names, a.last_names, a.first_affiliation_year, a.employer,
                       a.email FROM affiliate a
                WHERE a.quality = ?1
                  AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.username = a.dui)
                  AND NOT EXISTS (SELECT 1 FROM beneficiary b WHERE b.dui = a.dui)
                ORDER BY a.id""")
                .setParameter(1, quality)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .filter(r -> !skip.contains((String) r[0]))
                .map(AccountData::person)
                .filter(wanted)
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + quality + " without an account left"));
    }

    /**
     * The first adult beneficiary (with a DUI) who has no account and is inscribed under one
     * holder only; {@code matricula} and {@code nup} are the holder's.
     */
    public Person beneficiaryWithoutAccount(List<String> skip) {
        List<?> rows = em.createNativeQuery("""
                SELECT b.dui, a.nup, a.matricula, b.first_names, b.last_names, b.inscription_year, a.employer,
                       b.email
                FROM beneficiary b JOIN affiliate a ON a.id = b.affiliate_id
                WHERE b.dui IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.username = b.dui)
                  AND NOT EXISTS (SELECT 1 FROM affiliate x WHERE x.dui = b.dui)
                  AND (SELECT COUNT(*) FROM beneficiary y WHERE y.dui = b.dui) = 1
                ORDER BY b.id""")
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .filter(r -> !skip.contains((String) r[0]))
                .map(AccountData::person)
                .findFirst().orElseThrow(() -> new IllegalStateException("no beneficiary without an account left"));
    }

    private static Person person(Object[] r) {
        return new Person((String) r[0], (String) r[1], (String) r[2], r[3] + " " + r[4],
                r[5] == null ? null : ((Number) r[5]).intValue(), (String) r[6], (String) r[7]);
    }

    /** A holder of the other quality with a different DUI, to build mismatches from real rows. */
    public Person anyHolder(String quality, String notDui) {
        return holderWithoutAccount(quality, List.of(notDui));
    }

    public boolean accountExists(String username) {
        return !em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getResultList().isEmpty();
    }

    public AccountState account(String username) {
        UserAccount account = em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", username).getSingleResult();
        Citizen citizen = em.createNamedQuery("Citizen.byUsername", Citizen.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        return new AccountState(account.getUsername(), account.getEmail(), account.getFullName(),
                account.getPasswordHash(), account.isEnabled(), account.isEmailVerified(),
                account.isAwaitingVerification(), account.getFailedLogins(), account.getLockedUntil(),
                citizen == null ? null : citizen.getApplicantKind(),
                citizen == null ? null : citizen.getAffiliate().getDui(),
                citizen == null || citizen.getBeneficiary() == null ? null : citizen.getBeneficiary().getDui(),
                citizen == null ? null : citizen.getPhone());
    }

    /** Makes every e-mailed link of the account, or of its registrations, out of date, as if two days had passed. */
    public void expireLinks(String username) {
        em.createNativeQuery("UPDATE account_token SET expires_at = ?1"
                        + " WHERE account_id = (SELECT id FROM user_account WHERE username = ?2)")
                .setParameter(1, LocalDateTime.now().minusDays(2))
                .setParameter(2, username)
                .executeUpdate();
        ageRegistrations(username, Duration.ofDays(2));
    }

    /** Moves the registrations of this DUI back in time, as if {@code by} had passed since they were sent. */
    public void ageRegistrations(String dui, Duration by) {
        for (Object id : em.createNativeQuery("SELECT id FROM pending_registration WHERE dui = ?1")
                .setParameter(1, dui).getResultList()) {
            Object[] times = (Object[]) em.createNativeQuery(
                            "SELECT created_at, expires_at FROM pending_registration WHERE id = ?1")
                    .setParameter(1, id).getSingleResult();
            em.createNativeQuery("UPDATE pending_registration SET created_at = ?1, expires_at = ?2 WHERE id = ?3")
                    .setParameter(1, local(times[0]).minus(by))
                    .setParameter(2, local(times[1]).minus(by))
                    .setParameter(3, id)
                    .executeUpdate();
        }
    }

    /** Registrations of this DUI: all, and those still waiting for their link. */
    public long registrations(String dui, boolean waitingOnly) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM pending_registration WHERE dui = ?1"
                        + (waitingOnly ? " AND verified_at IS NULL AND superseded_at IS NULL" : ""))
                .setParameter(1, dui)
                .getSingleResult()).longValue();
    }

    /** Ends the lock that refused registrations left on this DUI (as if its 15 minutes had passed). */
    public void endRegistrationLock(String dui) {
        em.createNativeQuery("UPDATE login_throttle SET locked_until = ?1 WHERE name_hash = ?2")
                .setParameter(1, LocalDateTime.now().minusDays(1))
                .setParameter(2, Tokens.hash("registro:dui:" + dui))
                .executeUpdate();
    }

    private static LocalDateTime local(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) timestamp;
    }

    /** Ends the account's lock and every lock of a client address, as if their 15 minutes had passed. */
    public void endLock(String username) {
        em.createNativeQuery("UPDATE user_account SET locked_until = ?1 WHERE username = ?2 AND locked_until IS NOT NULL")
                .setParameter(1, LocalDateTime.now().minusDays(1))
                .setParameter(2, username)
                .executeUpdate();
        em.createNativeQuery("UPDATE login_throttle SET locked_until = ?1 WHERE locked_until IS NOT NULL")
                .setParameter(1, LocalDateTime.now().minusDays(1))
                .executeUpdate();
    }

    /**
     * Forgets every counted failure and lock (names, client addresses, public pages): the tests all
     * come from 127.0.0.1, and one test's wrong passwords must not lock the next test out.
     */
    public void forgetFailedLogins() {
        em.createNativeQuery("DELETE FROM login_throttle").executeUpdate();
        em.createNativeQuery("UPDATE user_account SET failed_logins = 0, first_failed_login_at = NULL, locked_until = NULL"
                + " WHERE failed_logins <> 0 OR locked_until IS NOT NULL").executeUpdate();
    }

    /** Until when a name without an account is locked from everywhere (its counter is keyed by the name's hash). */
    public LocalDateTime throttleLockedUntil(String name) {
        return em.find(LoginThrottle.class, Tokens.hash(name.toLowerCase(java.util.Locale.ROOT))).getLockedUntil();
    }

    /** Audit events of this action whose details mention {@code text}. */
    public long audited(String action, String text) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE action = ?1 AND details LIKE ?2")
                .setParameter(1, action)
                .setParameter(2, "%" + text + "%")
                .getSingleResult()).longValue();
    }

    /** Links of the account not spent yet (expired or not). */
    public long unusedLinks(String username, String purpose) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM account_token t JOIN user_account u ON u.id = t.account_id"
                        + " WHERE u.username = ?1 AND t.purpose = ?2 AND t.used_at IS NULL")
                .setParameter(1, username)
                .setParameter(2, purpose)
                .getSingleResult()).longValue();
    }
}
