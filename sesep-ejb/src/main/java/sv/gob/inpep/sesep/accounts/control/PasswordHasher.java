package sv.gob.inpep.sesep.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;

/**
 * Turns a password into the bcrypt hash stored in {@code user_account.password_hash}, in the
 * modular crypt format ({@code $2a$12$…}) that the server's Elytron JDBC realm decodes when it
 * checks a login (wildfly-config/cli/50-security.cli, {@code modular-crypt-mapper}). It uses
 * Elytron's own password API, so what is written here is exactly what the realm can verify.
 * The password is never kept, logged or returned.
 * <p>
 * bcrypt reads at most the first 72 bytes of a password (UTF-8); the policy allows longer ones,
 * which are accepted but gain no strength beyond that.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Work factor: 2^12 rounds, about a quarter of a second per hash on a server core. */
    static final int COST = 12;

    private static final Provider ELYTRON = WildFlyElytronPasswordProvider.getInstance();

    private final SecureRandom random = new SecureRandom();

    /** A hash of nothing anyone knows, at the same cost as every new hash: see {@link #verifyNothing}. */
    private final String dummy = hash(new BigInteger(130, random).toString(36));

    public String hash(String password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        random.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, ELYTRON);
            Password hashed = factory.generatePassword(new EncryptablePasswordSpec(password.toCharArray(),
                    new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(hashed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        }
    }

    /**
     * Spends the time of checking {@code password} against a stored hash, for a name that has no
     * hash to check: otherwise an unknown user name is refused in milliseconds and a known one in a
     * quarter of a second, and the difference tells which names have an account.
     */
    public void verifyNothing(String password) {
        matches(password, dummy);
    }

    /** Whether {@code password} is the one behind {@code storedHash} (modular crypt format). */
    public boolean matches(String password, String storedHash) {
        try {
            Password stored = ModularCrypt.decode(storedHash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), ELYTRON);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (InvalidKeySpecException | InvalidKeyException | IllegalArgumentException e) {
            return false; // not a hash this factory can read: nothing matches it
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot verify a password with Elytron", e);
        }
    }
}
