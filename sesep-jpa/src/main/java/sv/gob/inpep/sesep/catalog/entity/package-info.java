/**
 * The service catalogue: areas, categories, services with their document requirements and form
 * fields, and the holiday calendar that business days are counted against.
 * <p>
 * Decisions: form fields and requirements are rows, not code, because the administrator changes
 * them in the UI without a release. Everything here is reference data, read on almost every page
 * and changed rarely, so it is in EclipseLink's shared cache; on a cluster that cache must be
 * coordinated or expire, or an edit shows on one node only. Services use id-based equality
 * because agent types hold their competence as a set of services. A requirement the administrator
 * removes is retired, never deleted, because documents filed or being filed point at it; so is a
 * form field, because the form data of filed requests is keyed by its code and read under its label.
 */
package sv.gob.inpep.sesep.catalog.entity;
