package sv.gob.inpep.sesep.catalog.boundary;

import java.io.Serializable;
import java.util.Set;

/**
 * A document requirement as the administrator writes it: its name and description as citizens
 * read them, whether it is mandatory, the file types it accepts (MIME types the upload check
 * recognises by content) and the largest file, in whole megabytes.
 */
public record RequirementSettings(String name, String description, boolean mandatory, Set<String> allowedTypes,
                                  int maxSizeMegabytes) implements Serializable {
}
