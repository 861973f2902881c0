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
 * <li>Registration proves who the account belongs to: besides the DUI and the NUP or matrícula
 * (printed on many papers) the person gives two facts only the registry holds (see the registry's
 * package-info). Refusals are throttled per DUI and per client address in the database
 * ({@code LoginAttempts}, with the same rows and rule as the logins).</li>
 * <li>A registration is a {@code PendingRegistration} until its e-mailed link comes back; only then
 * is the account created (enabled, its address proved). So an unconfirmed registration never holds
 * the DUI: it lapses after {@code sesep.registration.link-hours} (24), and meanwhile the DUI may
 * register again; the first link followed opens the account and spends the others.</li>
 * <li>The link goes to the address the registry holds for the person when it has one, since
 * whoever typed the numbers may not own the typed address; when that address differs from the
 * typed one, its mail ({@code ACCOUNT_OPENED_WITH_DUI}) tells its owner that an account is being
 * opened with their DUI and which address it would use. A password reset never opens a pending
 * registration (there is no account to reset).</li>
 * <li>Nothing anonymous callers get back tells whether a person is in the registry or has an
 * account: one message for any registration mismatch or existing account, one answer to any reset
 * request, the same lockout for user names with and without an account, and the same time: an
 * unknown name costs a bcrypt check against a dummy hash, as a wrong password does.</li>
 * <li>E-mailed links carry 32 random bytes; only their SHA-256 is stored. They are single-use and
 * expire (registration 24 h, reset 1 h, new address 24 h); the row is locked while it is spent
 * ({@code AccountLinks}, the one place that issues and spends them). Their address comes from
 * configuration ({@code sesep.public-url}), never from the request's Host header.</li>
 * <li>"Mis datos" ({@code ContactDetails}): a citizen's new e-mail address is taken only when the
 * link mailed to it is opened in the citizen's own session, after the current password was given;
 * so neither a stolen session alone nor the owner of a mistyped address can redirect the
 * account's mail. The old address is told when the change is asked for and when it is made.</li>
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
