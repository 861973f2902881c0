package sv.gob.inpep.sesep;

import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.CachePolicy;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.invalidation.TimeToLiveCacheInvalidationPolicy;
import org.eclipse.persistence.sessions.Session;

/**
 * How long a server trusts its shared-cache copy of what administrators edit: the catalogue (areas,
 * categories, services, their documents and form fields), agent types, holidays and mail
 * templates. EclipseLink's shared cache makes those reads free, and a change made through a server
 * is in that server's cache at once (the cache is updated on commit); on a cluster every other
 * server reads the change when its own copy expires, so at most this long after the edit. The
 * expiry is the setting {@code sesep.cache.expiry} (environment {@code SESEP_CACHE_EXPIRY}, an
 * ISO-8601 duration, a minute by default): shorter shows edits sooner on the other nodes at the
 * cost of more reads.
 * <p>
 * As the persistence unit's session customizer it also lets transactions that lock rows fill
 * that cache. EclipseLink's default keeps everything a transaction reads after its first lock,
 * native query or flush (its "early transaction") out of the shared cache, in case the row holds
 * that transaction's own uncommitted change. Every agent action starts by locking the agent's row
 * with a native query, so once a cached area, agent type or service had expired, no agent action
 * ever cached it again: every one of them read it from the database anew (three extra statements
 * per assignment, seen in the benchmark). For these entities that caution is not needed: a
 * transaction changes one of them only through its managed copy, after reading or locking it, and
 * never refreshes it afterwards (a query that finds it again returns that same copy), so what such
 * a transaction puts in the shared cache is committed data. Keep it so: refreshing one of them
 * after changing it in the same transaction would put the uncommitted change in the cache.
 */
public final class SharedCache implements SessionCustomizer {

    /** Used in each such entity's {@code @Cache(expiry = …)}; the customizer sets the configured expiry. */
    public static final int EXPIRY_MILLIS = 60_000;

    /** The configured expiry: {@code sesep.cache.expiry}, or {@link #EXPIRY_MILLIS}. */
    public static Duration expiry() {
        return ConfigProvider.getConfig().getOptionalValue("sesep.cache.expiry", Duration.class)
                .orElse(Duration.ofMillis(EXPIRY_MILLIS));
    }

    @Override
    public void customize(Session session) {
        long expiryMillis = expiry().toMillis();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            CachePolicy cache = descriptor.getCachePolicy();
            if (cache.isSharedIsolation()) {
                cache.setUnitOfWorkCacheIsolationLevel(CachePolicy.USE_SESSION_CACHE_AFTER_TRANSACTION);
            }
            if (descriptor.getCacheInvalidationPolicy() instanceof TimeToLiveCacheInvalidationPolicy timeToLive) {
                timeToLive.setTimeToLive(expiryMillis);
            }
        }
    }
}
