/** The Jefaturas' pages under /panel/supervision (role SUPERVISOR). */
package sv.gob.inpep.sesep.web.panel.supervision;
