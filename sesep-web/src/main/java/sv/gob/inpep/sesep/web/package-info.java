/**
 * The shell every SESEP page lives in: who the user is, how a session ends, how errors reach the
 * user, and the HTTP headers every response carries.
 * <p>
 * Cross-cutting on purpose and nothing else: the use cases live in {@code web.portal.*} (citizens)
 * and {@code web.panel.*} (staff). Decisions behind this package:
 * <ul>
 * <li>Business errors are mapped once, by {@link sv.gob.inpep.sesep.web.BusinessExceptionHandler},
 * from the bundle key the exception carries, so beans never catch them and no code matches on a
 * message text. Anything unexpected becomes an incident with a short id that the user can quote
 * and the operator can find in the log; no stack trace ever reaches the browser.</li>
 * <li>Authentication is the container's FORM login against the Elytron domain {@code sesep}; the
 * web tier only asks the request who the caller is and never stores it elsewhere, so a session
 * holds nothing the cluster would have to replicate besides the container's own identity.</li>
 * <li>PrimeFaces runs in its CSP mode: it asks for a nonce-based {@code script-src} policy for
 * every Faces view, and {@link sv.gob.inpep.sesep.web.SecurityHeadersFilter} sends one policy on
 * every response, with that nonce where PrimeFaces has one: no response allows inline script
 * without it.</li>
 * </ul>
 */
package sv.gob.inpep.sesep.web;
