package sv.gob.inpep.sesep.catalog.boundary;

import sv.gob.inpep.sesep.catalog.entity.FieldType;

import java.io.Serializable;
import java.util.List;

/**
 * A form field as the administrator writes it: its code (the key of the value in filed requests,
 * only read when the field is added), the label citizens read, its type, whether it must be filled
 * in and, for a SELECT, the choices in the order offered.
 */
public record FieldSettings(String code, String label, FieldType type, boolean required, List<String> options)
        implements Serializable {
}
