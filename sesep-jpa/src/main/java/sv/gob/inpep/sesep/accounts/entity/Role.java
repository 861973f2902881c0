package sv.gob.inpep.sesep.accounts.entity;

/**
 * Security roles. The names are stored as they are in {@code user_account_role}, which the
 * Elytron JDBC realm reads, so they are also the names used in {@code @RolesAllowed}.
 */
public enum Role {
    CIUDADANO, AGENTE, SUPERVISOR, ADMIN
}
