package sv.gob.inpep.sesep.accounts.boundary;

import java.io.Serializable;

import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

/**
 * What a person types to open a portal account.
 *
 * @param kind         calidad: contributor, pensioner or beneficiary
 * @param dui          their own DUI
 * @param number       a holder's own NUP or matrícula INPEP; for a beneficiary, the holder's matrícula
 * @param year         a holder's year of first affiliation; a beneficiary's year of inscription
 * @param employer     the holder's last employer (a beneficiary gives the holder's)
 * @param email        the contact address the account will use (not the registry's)
 * @param phone        optional contact phone
 * @param password     the new password, in clear only on its way to the hasher
 * @param confirmation the password typed again
 */
public record Registration(ApplicantKind kind, String dui, String number, Integer year, String employer,
                           String email, String phone, String password, String confirmation) {

    /** Never prints the password, so that no log or error message can carry it. */
    @Override
    public String toString() {
        return "Registration[kind=" + kind + ", dui=" + dui + ", email=" + email + "]";
    }

    /**
     * Where the link went, as the page may show it.
     *
     * @param address         the typed address, or the registry's with most of its name hidden
     * @param registryAddress whether it went to the address the registry holds for the person
     * @param validHours      how long the link serves
     */
    public record LinkSent(String address, boolean registryAddress, int validHours) implements Serializable {
    }
}
