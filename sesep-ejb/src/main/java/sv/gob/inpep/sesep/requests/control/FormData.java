package sv.gob.inpep.sesep.requests.control;

import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.catalog.entity.ServiceField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data a citizen types when filing, checked against the service's fields (the form is data in
 * the catalogue, not code). The page checks the same rules next to each field; this is the check
 * that counts, because a request can reach the boundary without the page.
 * <p>
 * Values are kept as text in a JSON object, field code to value, in a canonical form: numbers as
 * plain decimals, dates as ISO {@code yyyy-MM-dd}, choices exactly as the catalogue lists them.
 */
public final class FormData {

    public static final int TEXT_MAX = 200;
    public static final int TEXTAREA_MAX = 2000;
    /** A number field holds up to this many digits before the decimal point, and {@link #NUMBER_DECIMALS} after. */
    public static final int NUMBER_INTEGER_DIGITS = 15;
    public static final int NUMBER_DECIMALS = 6;
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormData() {
    }

    /**
     * The submitted values of the service's fields, canonical and in the form's order; codes the
     * service does not have are dropped, empty optional fields left out. Refused at the first field
     * that is missing or wrong, with a message key that names the field by its label.
     */
    public static Map<String, String> validate(List<ServiceField> fields, Map<String, String> submitted) {
        Map<String, String> values = submitted == null ? Map.of() : submitted;
        Map<String, String> valid = new LinkedHashMap<>();
        for (ServiceField field : fields) {
            String raw = values.get(field.getCode());
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                if (field.isRequired()) {
                    throw new RuleViolation("error.request.fieldRequired", field.getLabel());
                }
                continue;
            }
            valid.put(field.getCode(), canonical(field, value));
        }
        return valid;
    }

    private static String canonical(ServiceField field, String value) {
        return switch (field.getType()) {
            case TEXT -> limited(field, value, TEXT_MAX);
            case TEXTAREA -> limited(field, value, TEXTAREA_MAX);
            case NUMBER -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(value.replace(" ", "")).stripTrailingZeros();
                } catch (NumberFormatException e) {
                    throw new RuleViolation("error.request.fieldNotNumber", field.getLabel());
                }
                // Checked before writing it out: "1E2000000000" is a valid BigDecimal of two billion digits.
                if ((long) number.precision() - number.scale() > NUMBER_INTEGER_DIGITS || number.scale() > NUMBER_DECIMALS) {
                    throw new RuleViolation("error.request.fieldNumberRange", field.getLabel(), NUMBER_INTEGER_DIGITS,
                            NUMBER_DECIMALS);
                }
                yield number.toPlainString();
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    throw new RuleViolation("error.request.fieldNotDate", field.getLabel());
                }
            }
            case SELECT -> {
                if (!field.getOptionList().contains(value)) {
                    throw new RuleViolation("error.request.fieldNotOption", field.getLabel());
                }
                yield value;
            }
        };
    }

    private static String limited(ServiceField field, String value, int max) {
        if (value.length() > max) {
            throw new RuleViolation("error.request.fieldTooLong", field.getLabel(), max);
        }
        return value;
    }

    /** A stored value as a person reads it (dates as dd/MM/yyyy); others unchanged. */
    public static String shown(ServiceField field, String value) {
        Objects.requireNonNull(field, "field");
        if (value != null && field.getType() == sv.gob.inpep.sesep.catalog.entity.FieldType.DATE) {
            try {
                return SHOWN_DATE.format(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
