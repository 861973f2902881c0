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
 */
package sv.gob.inpep.sesep.registry;
