package sv.gob.inpep.sesep.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * axe-core against WCAG 2.0, 2.1 and 2.2 levels A and AA, on the page state a browser test has
 * reached. The script is the one bundled in the axe-core jar (nothing is downloaded). Each state is
 * checked once per test JVM (a page the tests visit again in the same state is not checked twice);
 * its counts go to target/axe/counts.tsv (state, rules, nodes) so a run can be compared with an
 * earlier one.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** axe takes a few seconds on a long page; on a loaded 2-core machine its 30 s default ran out. */
    private static final int SCRIPT_TIMEOUT_SECONDS = 120;
    private static final Path COUNTS = Path.of("target", "axe", "counts.tsv");
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private Axe() {
    }

    /**
     * Runs axe on what {@code driver} shows, named {@code state}; the violations as readable lines
     * (empty when there are none, or when the state was checked before in this JVM).
     */
    static List<String> check(WebDriver driver, String state) {
        if (!CHECKED.add(state)) {
            return List.of();
        }
        Results results = new AxeBuilder().withTags(TAGS).setTimeout(SCRIPT_TIMEOUT_SECONDS).analyze(driver);
        if (results.getError() != null || results.getErrorMessage() != null) {
            throw new AssertionError("axe-core could not run on " + state + ": " + results.getErrorMessage(), results.getError());
        }
        List<String> lines = new ArrayList<>();
        int nodes = 0;
        for (Rule rule : results.getViolations()) {
            nodes += rule.getNodes().size();
            lines.add(state + ": " + rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + " elements) "
                    + rule.getHelp());
            for (CheckedNode node : rule.getNodes()) {
                lines.add("    " + node.getTarget() + " " + firstLine(node.getFailureSummary()));
            }
        }
        record(state + "\t" + results.getViolations().size() + "\t" + nodes);
        return lines;
    }

    /** The summary's first reason, which names the figures (contrast ratio, size). */
    private static String firstLine(String summary) {
        if (summary == null) {
            return "";
        }
        String[] parts = summary.split("\n");
        return parts.length > 1 ? parts[1].strip() : parts[0].strip();
    }

    private static synchronized void record(String line) {
        try {
            Files.createDirectories(COUNTS.getParent());
            Files.writeString(COUNTS, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
