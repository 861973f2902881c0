/**
 * Time. One injectable {@link java.time.Clock} in the institute's zone; nothing else in SESEP asks
 * the system for the time, so every rule that depends on it (attention time, grace periods,
 * service levels in business days, token expiry) can be tested with a fixed clock.
 */
package sv.gob.inpep.sesep.clock;
