/**
 * Pages of the functional administrator (role ADMIN, URL tree /panel/admin). Each bean serves one
 * page and calls one boundary; the boundaries check the role again, so a page that forgot a
 * constraint still could not change anything.
 */
package sv.gob.inpep.sesep.web.panel.admin;
