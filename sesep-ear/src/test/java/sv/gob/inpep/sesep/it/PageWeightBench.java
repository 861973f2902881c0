package sv.gob.inpep.sesep.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark, not a test (failsafe picks it up only with -Pbench; {@code ./sesep bench
 * -Dit.test=PageWeightBench}): the bytes a real browser (headless Chromium) moves for SESEP's home
 * and login pages and a signed-in citizen's home ("Mi portal"), on a first visit with an empty
 * cache and on a repeat visit, as its Resource
 * Timing reports them (transferSize: headers and body as they crossed the wire, 0 for what its cache
 * served). It also lists the resources a browser may not keep for a year (Cache-Control), since a
 * repeat visit weeks later fetches those again. Targets (issue "Speed where people feel it"): first
 * visit at most 400 KB, a repeat visit at most 50 KB.
 */
@ExtendWith(ArquillianExtension.class)
class PageWeightBench {

    private static final long FIRST_VISIT_TARGET = 400 * 1024;
    private static final long REPEAT_VISIT_TARGET = 50 * 1024;
    private static final long A_YEAR = Duration.ofDays(365).toSeconds();
    private static final String CITIZEN_HOME = "/portal/inicio.xhtml";

    /** Every entry the page loaded, once its fonts are in: [url, transferSize, decodedBodySize]. */
    private static final String ENTRIES = """
            const done = arguments[arguments.length - 1];
            document.fonts.ready.then(() => setTimeout(() => done(
                performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => [e.name, e.transferSize, e.decodedBodySize])), 500));
            """;

    @Test
    @RunAsClient
    void firstAndRepeatVisits() throws Exception {
        StringBuilder report = new StringBuilder("SESEP page weight in headless Chromium (bytes on the wire)\n");
        boolean met = true;
        for (String page : List.of("/", "/login.xhtml", CITIZEN_HOME)) {
            try (Browser browser = new Browser()) {
                if (page.equals(CITIZEN_HOME)) {
                    signedInWithAnEmptyCache(browser);
                }
                List<List<Object>> first = visit(browser, page);
                // leave the page, then come back as a person would
                browser.open(page.equals(CITIZEN_HOME) ? "/portal/mis-solicitudes.xhtml" : "/verificar.xhtml");
                List<List<Object>> repeat = visit(browser, page);
                long firstBytes = total(first, 1);
                long repeatBytes = total(repeat, 1);
                report.append(String.format(Locale.ROOT,
                        "BENCH page %-13s first visit  %7.1f KB in %2d requests (%7.1f KB unpacked) %s%n",
                        page, firstBytes / 1024.0, first.size(), total(first, 2) / 1024.0,
                        firstBytes <= FIRST_VISIT_TARGET ? "met (<= 400 KB)" : "NOT MET (<= 400 KB)"));
                report.append(String.format(Locale.ROOT,
                        "BENCH page %-13s repeat visit %7.1f KB, %2d of %2d requests from the network %s%n",
                        page, repeatBytes / 1024.0, repeat.stream().filter(e -> number(e, 1) > 0).count(), repeat.size(),
                        repeatBytes <= REPEAT_VISIT_TARGET ? "met (<= 50 KB)" : "NOT MET (<= 50 KB)"));
                first.stream().sorted((a, b) -> Long.compare(number(b, 1), number(a, 1))).limit(4)
                        .forEach(e -> report.append(String.format(Locale.ROOT, "      %7.1f KB  %s%n",
                                number(e, 1) / 1024.0, e.get(0).toString().replace(Ports.base(), ""))));
                for (List<Object> entry : first.subList(1, first.size())) {
                    String cacheControl = cacheControl(entry.get(0).toString());
                    if (!cacheControl.contains("max-age=" + A_YEAR)) {
                        report.append("      kept less than a year (").append(cacheControl).append("): ")
                                .append(entry.get(0).toString().replace(Ports.base(), "")).append('\n');
                    }
                }
                met &= firstBytes <= FIRST_VISIT_TARGET && repeatBytes <= REPEAT_VISIT_TARGET;
                assertTrue(first.size() > 3, "the page loads its style sheets and scripts");
            }
        }
        report.append(met ? "BENCH page weight targets met\n" : "BENCH page weight targets NOT MET\n");
        System.out.println(report);
    }

    /**
     * A citizen's session in a browser that has loaded nothing of SESEP yet: the login is made by
     * HTTP and its session cookie handed to the browser on a bare page of the server (its 404),
     * so that the citizen's home is measured as a first visit, not after the login page's files.
     */
    private static void signedInWithAnEmptyCache(Browser browser) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        Http.login(client, Ports.base(), DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
        URI base = URI.create(Ports.base());
        browser.driver().get(base.resolve("/sesep-page-weight-none").toString());
        for (HttpCookie cookie : cookies.getCookieStore().get(base)) {
            browser.driver().manage().addCookie(new Cookie.Builder(cookie.getName(), cookie.getValue())
                    .path(cookie.getPath() == null ? base.getPath() : cookie.getPath()).isHttpOnly(true).build());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> visit(Browser browser, String page) {
        browser.open(page);
        return (List<List<Object>>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(ENTRIES);
    }

    private static long total(List<List<Object>> entries, int column) {
        return entries.stream().mapToLong(e -> number(e, column)).sum();
    }

    private static long number(List<Object> entry, int column) {
        return ((Number) entry.get(column)).longValue();
    }

    private static String cacheControl(String url) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
        Map<String, List<String>> headers = response.headers().map();
        return String.join(", ", headers.getOrDefault("cache-control", List.of("none")));
    }
}
