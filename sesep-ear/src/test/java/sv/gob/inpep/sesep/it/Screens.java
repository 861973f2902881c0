package sv.gob.inpep.sesep.it;

/**
 * The browser tests that walk screen by screen through a role's work (agent, supervisor,
 * administrator, a citizen's account pages), tagged {@value #TAG}. They test pages, not queries,
 * so {@code ./sesep test} runs them once, in the PostgreSQL pass; the H2 pass leaves them out
 * ({@code -DexcludedGroups=screens}) and keeps the untagged browser tests, LoginBrowserIT and
 * FilingBrowserIT, as its end-to-end check that the embedded default signs in and files. Any of
 * them still runs on H2 when asked for by name ({@code -Dit.test=...}).
 */
final class Screens {

    static final String TAG = "screens";

    private Screens() {
    }
}
