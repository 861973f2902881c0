/**
 * The service catalogue as the administrator keeps it: management areas, categories, services
 * with their document requirements, form fields, eligibility and targets in business days, and the
 * holiday calendar that defines those business days.
 */
package sv.gob.inpep.sesep.catalog;
