/**
 * SESEP's window on the institute's affiliate registry ("Base de Datos de Afiliación y Registro
 * INPEP"): who is a contributor or a pensioner, under which NUP and matrícula, and which
 * beneficiaries are inscribed under each holder. Registration matches citizens against it; the
 * agent's "Ver Información" and "Beneficiarios" show it.
 * <p>
 * Decisions: the registry belongs to the institute, so it is reached through one interface,
 * {@link sv.gob.inpep.sesep.registry.control.AffiliateRegistry} — a real seam, with today's
 * implementation reading the tables SESEP seeds and tomorrow's reading the institute's own
 * database. It is a control, not a boundary: it decides nothing about who may see what, which is
 * the calling boundary's job (a citizen registering, an agent attending that citizen's ticket). It
 * hands out records, never entities, so nothing outside can depend on how the registry is stored.
 * Identity numbers are compared in the registry's own form
 * ({@link sv.gob.inpep.sesep.registry.control.RegistryNumbers}).
 * <p>
 * What proves, at registration, that a person is who the numbers say. The DUI and the NUP or
 * matrícula are printed on many papers, and the DUI card also shows the birth date and its own
 * issue date, so none of these proves anything. Registration therefore also asks for two facts
 * that only the affiliate's record holds and no card or paper the person carries shows:
 * <ul>
 * <li>a holder (contributor or pensioner): the year of their first affiliation to the institute
 * and their last employer (for a pensioner, the one they retired from);</li>
 * <li>a beneficiary: the year they were inscribed under the holder, and the holder's last
 * employer. Not the relationship: it is guessed from the names and ages (a spouse, a son), and
 * a beneficiary knows where the holder works or worked even when they never saw the holder's
 * affiliation papers, while the inscription year is their own.</li>
 * </ul>
 * Years must be equal; employers are compared as people type them
 * ({@link sv.gob.inpep.sesep.registry.control.RegistryText}: no case, accents, punctuation or
 * extra spaces). A person whose record lacks a fact cannot register online and is served at the
 * counter. The e-mail the registry holds for the person, when it has one, is where the
 * registration's link goes (the accounts component decides that).
 */
package sv.gob.inpep.sesep.registry;
