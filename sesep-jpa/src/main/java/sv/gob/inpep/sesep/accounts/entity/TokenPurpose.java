package sv.gob.inpep.sesep.accounts.entity;

/**
 * What an e-mailed one-use link is good for; a link for one purpose never serves another.
 * {@code CHANGE_EMAIL} proves a citizen's new address (it carries the address, {@link AccountToken#getNewEmail}).
 */
public enum TokenPurpose {
    VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL
}
