package sv.gob.inpep.sesep;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextsTest {

    @Test
    void aTextAreasLineBreaksCountOnceAsThePageCountedThem() {
        // Twelve characters on the page (line breaks count one), fourteen as the browser sends them.
        String sent = "uno\r\ndos\r\ntres";
        assertEquals("uno\ndos\ntres", Texts.required(sent, 12, "blank"));
        assertEquals("uno\ndos\ntres", Texts.optional(sent, 12));
        assertEquals(Texts.TOO_LONG, assertThrows(RuleViolation.class, () -> Texts.optional(sent, 11)).getMessageKey());
    }

    @Test
    void blankIsMissingAndSpacesAroundAreDropped() {
        assertNull(Texts.optional(" \r\n ", 5));
        assertEquals("falta", assertThrows(RuleViolation.class, () -> Texts.required("  ", 5, "falta")).getMessageKey());
        assertEquals("hola", Texts.required("  hola \n", 4, "falta"));
    }
}
