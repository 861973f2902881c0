/**
 * What an operator relies on: the schema migrated at deployment (Flyway; demo data only when asked
 * for), and readiness checks for the database and the broker, published by WildFly's /health on the
 * management port. Server resources themselves are never created here: wildfly-config does that.
 */
package sv.gob.inpep.sesep.operations;
