/**
 * Citizens' portal accounts and everybody's login: registration matched against the affiliate
 * registry, e-mail verification, password reset, password rules and hashing, and the throttling
 * of password guessing.
 * <p>
 * Decisions:
 * <ul>
 * <li>The container authenticates (FORM login, Elytron JDBC realm reading
 * {@code user_account.password_hash} where {@code enabled}); this component only writes what the
 * realm reads. Passwords are hashed with Elytron's own bcrypt in modular crypt format, the one
 * format the realm's mapper decodes, and exist in clear only on their way to the hasher.</li>
 * <li>A self-registered account is created disabled and enabled when the e-mailed link comes back,
 * so the realm's query stays as it is: an unverified account simply cannot log in.</li>
 * <li>Nothing anonymous callers get back tells whether a person is in the registry or has an
 * account: one message for any registration mismatch or existing account, one answer to any reset
 * request, the same lockout for user names with and without an account, and the same time: an
 * unknown name costs a bcrypt check against a dummy hash, as a wrong password does.</li>
 * <li>E-mailed links carry 32 random bytes; only their SHA-256 is stored. They are single-use and
 * expire (verification 24 h, reset 1 h); the row is locked while it is spent. Their address comes
 * from configuration ({@code sesep.public-url}), never from the request's Host header.</li>
 * <li>Password rules follow OWASP ASVS level 2: length (12–128), no composition rules, and
 * strength estimated by nbvcxz (at least 35 bits of guessing; its dictionaries plus Spanish and
 * institute words and the person's own data). bcrypt reads only the first 72 bytes of a password; longer ones are
 * accepted but gain nothing past that.</li>
 * <li>Login throttling lives in the database (the cluster shares it) and uses the application
 * clock, so that a test or an operator can reason about when a lock ends. It counts per client
 * address, so that a stranger's wrong passwords lock the stranger out, not the owner; names
 * guessed from many addresses lock for minutes only. Reset requests and made-up links are budgeted
 * per address too.</li>
 * </ul>
 */
package sv.gob.inpep.sesep.accounts;
