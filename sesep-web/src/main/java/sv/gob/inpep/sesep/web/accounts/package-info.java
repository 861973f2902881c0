/**
 * The account pages everyone reaches before logging in: opening a citizen's account
 * (/portal/registro.xhtml), proving the e-mail address (/cuenta/verificar.xhtml), and choosing a
 * new password through an e-mailed link (/cuenta/olvido.xhtml, /cuenta/restablecer.xhtml).
 * <p>
 * Decisions: these pages are public by nature, so they sit outside the protected URL trees (the
 * registration page is the one public exception inside /portal, where citizens look for it); the
 * password reset serves staff as well as citizens, hence /cuenta rather than /portal. Every rule
 * lives in the accounts boundary; {@link sv.gob.inpep.sesep.web.accounts.AccountFields} only asks
 * the same rules early, so that a mistake shows next to its field while the person is still
 * typing, and the boundary checks everything again. What a page says after a registration or a
 * reset request never depends on whether the person is in the registry or has an account.
 */
package sv.gob.inpep.sesep.web.accounts;
