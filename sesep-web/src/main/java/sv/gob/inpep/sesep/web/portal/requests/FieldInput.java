package sv.gob.inpep.sesep.web.portal.requests;

import sv.gob.inpep.sesep.catalog.entity.FieldType;
import sv.gob.inpep.sesep.requests.boundary.FieldView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the citizen types into one field of a service's form. A typed property per kind of field,
 * so Faces converts and checks each with its standard converters (number, date) and shows its
 * message next to the field; {@link #text()} gives the value as the boundary expects it.
 */
public class FieldInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FieldView field;
    private String text;
    private BigDecimal number;
    private LocalDate date;

    public FieldInput(FieldView field) {
        this.field = field;
    }

    /**
     * The value as text: numbers as typed in scientific form at most (the boundary checks their size
     * before writing them out in full), ISO dates; null when empty.
     */
    public String text() {
        return switch (field.type()) {
            case NUMBER -> number == null ? null : number.toString();
            case DATE -> date == null ? null : date.toString();
            default -> text == null || text.isBlank() ? null : text;
        };
    }

    public FieldView getField() {
        return field;
    }

    public boolean isTextLine() {
        return field.type() == FieldType.TEXT;
    }

    public boolean isTextArea() {
        return field.type() == FieldType.TEXTAREA;
    }

    public boolean isNumeric() {
        return field.type() == FieldType.NUMBER;
    }

    public boolean isDateField() {
        return field.type() == FieldType.DATE;
    }

    public boolean isChoice() {
        return field.type() == FieldType.SELECT;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public void setNumber(BigDecimal number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
