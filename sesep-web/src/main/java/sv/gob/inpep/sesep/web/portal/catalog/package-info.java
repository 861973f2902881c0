/**
 * The service catalogue as the public and citizens browse it, and the download of a service's
 * form. Public on purpose: people need to know what to bring before they register.
 */
package sv.gob.inpep.sesep.web.portal.catalog;
