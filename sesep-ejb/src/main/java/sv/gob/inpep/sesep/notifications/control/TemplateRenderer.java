package sv.gob.inpep.sesep.notifications.control;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a mail template's {@code {{name}}} placeholders. Values go into the HTML body escaped,
 * because they include what citizens and agents typed (observations, denial reasons); a placeholder
 * without a value renders empty rather than leaking its name to the citizen.
 */
public final class TemplateRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

    private TemplateRenderer() {
    }

    public static String plain(String template, Map<String, String> values) {
        return fill(template, values, false);
    }

    public static String html(String template, Map<String, String> values) {
        return fill(template, values, true);
    }

    private static String fill(String template, Map<String, String> values, boolean escape) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(escape ? escapeHtml(value) : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
