package sv.gob.inpep.sesep.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in e-mailed links: 32 random bytes from the platform's strong generator, written
 * URL-safe. Only their SHA-256 goes to the database (no salt is needed: the token itself is as
 * random as a key, so its hash cannot be guessed back), so a copy of the database opens no link.
 */
@ApplicationScoped
public class Tokens {

    private static final int BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    /** A new token: the value for the link and the hash to store. */
    public Issued issue() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(value, hash(value));
    }

    /** SHA-256 of a token as 64 lower-case hex digits, the form {@code account_token.token_hash} holds. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** A token as the link carries it, and its hash. */
    public record Issued(String value, String hash) {

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "Issued[hash=" + hash + "]";
        }
    }
}
