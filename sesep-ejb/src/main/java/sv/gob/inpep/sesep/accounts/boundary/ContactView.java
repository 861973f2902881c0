package sv.gob.inpep.sesep.accounts.boundary;

import java.io.Serializable;

/**
 * "Mis datos": how SESEP reaches the citizen.
 *
 * @param fullName     the name as the registry has it
 * @param dui          the user name
 * @param email        where every mail goes
 * @param phone        the contact phone given (null: the registry's is used)
 * @param pendingEmail an address asked for and not proved yet (its link is still open), else null
 */
public record ContactView(String fullName, String dui, String email, String phone, String pendingEmail)
        implements Serializable {
}
