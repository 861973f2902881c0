package sv.gob.inpep.sesep;

/**
 * How long a server trusts its shared-cache copy of what administrators edit: the catalogue (areas,
 * categories, services, their documents and form fields), agent types, holidays and mail
 * templates. EclipseLink's shared cache makes those reads free, and a change made through a server
 * is in that server's cache at once (the cache is updated on commit); on a cluster every other
 * server reads the change when its own copy expires, so at most this long after the edit.
 */
public final class SharedCache {

    /** Used in each such entity's {@code @Cache(expiry = …)}. */
    public static final int EXPIRY_MILLIS = 60_000;

    private SharedCache() {
    }
}
