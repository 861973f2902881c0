package sv.gob.inpep.sesep.catalog.boundary;

import sv.gob.inpep.sesep.catalog.entity.DocumentRequirement;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A document a service asks for, as citizens see it: mandatory or not, which file types and how
 * large. Serializable because filing pages keep it in view scope.
 */
public record RequirementView(long id, String name, String description, boolean mandatory,
                              List<String> allowedTypes, long maxSizeBytes) implements Serializable {

    public static RequirementView of(DocumentRequirement requirement) {
        return new RequirementView(requirement.getId(), requirement.getName(), requirement.getDescription(),
                requirement.isMandatory(), List.copyOf(requirement.getAllowedTypeList()), requirement.getMaxSizeBytes());
    }

    /** "PDF, JPG, PNG": the allowed types as people name them. */
    public String allowedTypesLabel() {
        return allowedTypes.stream().map(RequirementView::shortName).collect(Collectors.joining(", "));
    }

    /** "5 MB". */
    public String maxSizeLabel() {
        return megabytes(maxSizeBytes);
    }

    /** The extensions the browser's file chooser offers, e.g. {@code .pdf,.jpg,.jpeg,.png}. */
    public String accept() {
        return allowedTypes.stream().map(t -> switch (t) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg,.jpeg";
            case "image/png" -> ".png";
            default -> "";
        }).filter(s -> !s.isEmpty()).collect(Collectors.joining(","));
    }

    /**
     * The same as a regular expression on the file name, for PrimeFaces' early check in the
     * browser (the server checks the content regardless).
     */
    public String allowTypesPattern() {
        String extensions = accept().replace(".", "").replace(",", "|");
        return "/(\\.|\\/)(" + extensions + ")$/i";
    }

    static String shortName(String mimeType) {
        return switch (mimeType) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPG";
            case "image/png" -> "PNG";
            default -> mimeType.toUpperCase(Locale.ROOT);
        };
    }

    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.forLanguageTag("es"), "%.1f", mb)) + " MB";
    }
}
