package sv.gob.inpep.sesep;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map of texts stored as a flat JSON object: a filing's form values, a notification's template
 * values. The JSON provider is looked up once: {@code Json.createReader} and its siblings look it up
 * through the service loader on every call, which cost an e-mail delivery 13 % of its CPU time.
 */
public final class FlatJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private FlatJson() {
    }

    public static String toJson(Map<String, String> values) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        values.forEach(json::add);
        return json.build().toString();
    }

    /** The values in their stored order; a number or boolean as its JSON text. Empty for null or blank. */
    public static Map<String, String> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        JsonObject object = JSON.createReader(new StringReader(json)).readObject();
        Map<String, String> values = new LinkedHashMap<>();
        object.forEach((key, value) -> values.put(key, value instanceof JsonString s ? s.getString() : value.toString()));
        return Collections.unmodifiableMap(values);
    }
}
