/**
 * What an operator relies on: the schema migrated at deployment (Flyway; demo data only when asked
 * for). The readiness checks are in sesep-jpa (sv.gob.inpep.sesep.operations.health), for the reason given there. Server
 * resources themselves are never created here: wildfly-config does that.
 */
package sv.gob.inpep.sesep.operations;
