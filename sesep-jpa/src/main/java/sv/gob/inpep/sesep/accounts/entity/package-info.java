/**
 * Logins and the citizens behind them: user accounts with their roles, the one-use e-mail tokens,
 * and the citizen's link to the affiliate registry.
 * <p>
 * Decisions: roles live in their own table because the WildFly Elytron JDBC realm reads them
 * directly, so the enum names are the role names. Only hashes are stored, of the password and of
 * e-mailed tokens, so that a copy of the database opens no account. Accounts are not cached:
 * lockouts and password changes must take effect on every node at once. A citizen is built only
 * as a holder or as a beneficiary, from the registry record, so its applicant kind cannot
 * disagree with the registry at registration. A self-registered account starts disabled and
 * "awaiting verification" (the realm reads only enabled accounts); proving the address enables
 * it, while an account an administrator disabled is awaiting nothing and stays disabled. Failed
 * logins are counted within a window by {@link sv.gob.inpep.sesep.accounts.entity.FailedLogins},
 * the same rule for a name with an account and for one without ({@code LoginThrottle}), so that a
 * lockout tells nothing about which names exist.
 */
package sv.gob.inpep.sesep.accounts.entity;
