package sv.gob.inpep.sesep.catalog.entity;

/** How a {@link ServiceField} is rendered and checked on the filing form. */
public enum FieldType {
    TEXT, TEXTAREA, NUMBER, DATE, SELECT
}
