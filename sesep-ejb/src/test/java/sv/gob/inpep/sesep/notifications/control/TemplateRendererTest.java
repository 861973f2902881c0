package sv.gob.inpep.sesep.notifications.control;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TemplateRendererTest {

    @Test
    void fillsPlaceholdersAndEscapesWhatPeopleTypedInHtml() {
        Map<String, String> values = Map.of("seiNumber", "SEI-2026000001", "observations", "Falta <DUI> & firma");
        assertEquals("SEI-2026000001: Falta &lt;DUI&gt; &amp; firma",
                TemplateRenderer.html("{{seiNumber}}: {{ observations }}", values));
        assertEquals("SEI-2026000001: Falta <DUI> & firma",
                TemplateRenderer.plain("{{seiNumber}}: {{observations}}", values));
    }

    @Test
    void aPlaceholderWithoutValueRendersEmpty() {
        assertEquals("Estimado(a) ,", TemplateRenderer.plain("Estimado(a) {{citizenName}},", Map.of()));
    }

    @Test
    void dollarSignsAndBackslashesInValuesAreKept() {
        assertEquals("Monto: $1,000 \\ ok", TemplateRenderer.plain("Monto: {{amount}}", Map.of("amount", "$1,000 \\ ok")));
    }
}
