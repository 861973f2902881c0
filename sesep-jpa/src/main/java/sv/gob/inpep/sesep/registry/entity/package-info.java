/**
 * The institute's affiliate registry ("Base de Datos de Afiliación y Registro INPEP") as SESEP
 * sees it: affiliates and the beneficiaries inscribed under them.
 * <p>
 * Decisions: SESEP never writes the registry, so these entities have no id generator, no public
 * constructor, no setters, and columns that are neither inserted nor updated; the EclipseLink
 * {@code @ReadOnly} annotation would say the same but would make this module depend on the
 * provider. They are cached because the registry changes far less often than it is read.
 */
package sv.gob.inpep.sesep.registry.entity;
