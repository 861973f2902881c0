package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.catalog.entity.FieldType;
import sv.gob.inpep.sesep.catalog.entity.ServiceField;

import java.io.Serializable;
import java.util.List;

/** One datum of a service's filing form (service_field), for the page to render and check. */
public record FieldView(String code, String label, FieldType type, boolean required, List<String> options)
        implements Serializable {

    public static FieldView of(ServiceField field) {
        return new FieldView(field.getCode(), field.getLabel(), field.getType(), field.isRequired(), field.getOptionList());
    }
}
