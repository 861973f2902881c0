package sv.gob.inpep.sesep.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.Resource;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The addresses of SESEP's own style sheet and script, versioned by their content
 * ({@code ?v=} and the start of their SHA-256), as PrimeFaces versions its own. Browsers then keep
 * them a year ({@link VersionedResourceCaching}) and a release that changes either is a new address
 * at once, instead of a week in which returning browsers run yesterday's script against today's
 * server. Every node of a cluster derives the same address from the same file.
 */
@Named
@ApplicationScoped
public class OwnResources {

    private final Map<String, String> addresses = new ConcurrentHashMap<>();

    /** The request path of resource {@code name} (e.g. {@code js/sesep.js}) with its content's version. */
    public String url(String name) {
        return addresses.computeIfAbsent(name, OwnResources::versioned);
    }

    private static String versioned(String name) {
        Resource resource = FacesContext.getCurrentInstance().getApplication().getResourceHandler().createResource(name);
        if (resource == null) {
            throw new IllegalArgumentException("no resource " + name);
        }
        String path = resource.getRequestPath();
        return path + (path.contains("?") ? "&" : "?") + VersionedResourceCaching.VERSION_PARAMETER + "=" + digest(resource);
    }

    private static String digest(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
