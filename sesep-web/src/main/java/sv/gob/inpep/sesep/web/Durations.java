package sv.gob.inpep.sesep.web;

/** Durations as the back office reads them on screen: hh:mm:ss, with the days in front past one day. */
public final class Durations {

    private Durations() {
    }

    public static String hms(long seconds) {
        long s = Math.max(0, seconds);
        String clock = String.format("%02d:%02d:%02d", (s % 86_400) / 3600, (s % 3600) / 60, s % 60);
        return s < 86_400 ? clock : (s / 86_400) + " d " + clock;
    }
}
