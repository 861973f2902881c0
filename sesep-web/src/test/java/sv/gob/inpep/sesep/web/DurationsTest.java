package sv.gob.inpep.sesep.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurationsTest {

    @Test
    void underADayIsAClock() {
        assertEquals("00:00:00", Durations.hms(0));
        assertEquals("00:01:05", Durations.hms(65));
        assertEquals("23:59:59", Durations.hms(86_399));
    }

    @Test
    void pastADayTheDaysComeFirst() {
        assertEquals("1 d 00:00:00", Durations.hms(86_400));
        assertEquals("321 d 08:35:02", Durations.hms(321L * 86_400 + 8 * 3600 + 35 * 60 + 2));
    }

    @Test
    void aClockRunningBehindShowsZero() {
        assertEquals("00:00:00", Durations.hms(-5));
    }
}
