package sv.gob.inpep.sesep.accounts.entity;

/** What an e-mailed one-use link is good for; a link for one purpose never serves the other. */
public enum TokenPurpose {
    VERIFY_EMAIL, RESET_PASSWORD
}
