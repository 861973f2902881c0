package sv.gob.inpep.sesep.catalog.boundary;

import sv.gob.inpep.sesep.requests.boundary.FieldView;

import java.io.Serializable;
import java.util.List;

/**
 * What a citizen fills in for a service, as the administrator edits it: the fields typed when
 * filing, in order, and the file name of the downloadable PDF form (null when there is none).
 * {@code version} is the service's, as in {@link ServiceRequirements}.
 */
public record ServiceForm(long serviceId, String code, String serviceName, long version, List<FieldView> fields,
                          String formFileName) implements Serializable {
}
