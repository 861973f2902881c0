/**
 * Readiness checks for the database and the broker, published by WildFly's /health on the
 * management port (MicroProfile Health, enabled by wildfly-config/cli/60-operations.cli).
 * <p>
 * They live in the EAR's lib/ jar, not in the EJB or web module, because WildFly's health
 * extension only finds check beans that are visible EAR-wide: checks in a sub-deployment are not
 * registered (WFLY-12835; seen on WildFly 39). This jar is the one library of the EAR.
 */
package sv.gob.inpep.sesep.operations.health;
