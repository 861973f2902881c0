package sv.gob.inpep.sesep.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The documents a service asks for, in the order citizens see them, as the administrator edits
 * them. {@code version} is the service's: every change to its requirements moves it on, so a page
 * drawn before someone else's change is refused instead of overwriting it.
 */
public record ServiceRequirements(long serviceId, String code, String serviceName, long version,
                                  List<RequirementView> requirements) implements Serializable {
}
