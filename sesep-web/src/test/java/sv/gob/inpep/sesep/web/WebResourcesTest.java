package sv.gob.inpep.sesep.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks on the pages and descriptors that a deployment would otherwise reveal one at a time:
 * well-formed XML, every text key present in the bundle, every navigation target present, no
 * inline JavaScript (which PrimeFaces' CSP mode would block), every error page present.
 */
class WebResourcesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern MSG_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern OUTCOME = Pattern.compile("outcome=\"([^\"#{}]+)\"");
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    /** Bundle areas that only pages use; every such key must appear on some page. */
    private static final Pattern UI_AREA = Pattern.compile("(app|menu|login|home|portal|panel|account|error\\.page)\\..+");

    private static ResourceBundle bundle;
    private static List<Path> pages;

    @BeforeAll
    static void load() throws IOException {
        bundle = ResourceBundle.getBundle(BusinessExceptionHandler.BUNDLE, Locale.forLanguageTag("es"));
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
        assertFalse(pages.isEmpty(), "no pages found under " + WEBAPP.toAbsolutePath());
    }

    @Test
    void everyPageAndDescriptorIsWellFormedXml() throws Exception {
        List<Path> files = new ArrayList<>(pages);
        try (Stream<Path> descriptors = Files.list(WEBAPP.resolve("WEB-INF"))) {
            descriptors.filter(p -> p.toString().endsWith(".xml")).forEach(files::add);
        }
        for (Path file : files) {
            parse(file); // throws with file, line and column on the first error
        }
    }

    @Test
    void everyTextKeyUsedOnAPageIsInTheBundle() {
        Set<String> missing = new TreeSet<>();
        for (Path page : pages) {
            Matcher m = MSG_KEY.matcher(read(page));
            while (m.find()) {
                if (!bundle.containsKey(m.group(1))) {
                    missing.add(m.group(1) + " (" + page + ")");
                }
            }
        }
        assertEquals(Collections.emptySet(), missing);
    }

    @Test
    void everyPageTextInTheBundleIsUsedOnSomePage() {
        StringBuilder all = new StringBuilder();
        pages.forEach(p -> all.append(read(p)));
        // Beans add some texts themselves (e.g. a confirmation after an action), by key in quotes.
        StringBuilder beans = new StringBuilder();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> beans.append(read(p)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> unused = new TreeSet<>();
        for (String key : bundle.keySet()) {
            if (UI_AREA.matcher(key).matches() && !all.toString().contains("msg['" + key + "']")
                    && !beans.toString().contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertEquals(Collections.emptySet(), unused);
    }

    @Test
    void everyBundleValueIsAValidMessageFormatPattern() {
        for (String key : bundle.keySet()) {
            new MessageFormat(bundle.getString(key), Locale.forLanguageTag("es")); // throws if malformed
        }
    }

    @Test
    void everyNavigationTargetExists() {
        Set<String> missing = new TreeSet<>();
        for (Path page : pages) {
            Matcher m = OUTCOME.matcher(read(page));
            while (m.find()) {
                if (!Files.isRegularFile(WEBAPP.resolve(m.group(1).substring(1)))) {
                    missing.add(m.group(1) + " (" + page + ")");
                }
            }
        }
        assertEquals(Collections.emptySet(), missing);
    }

    @Test
    void noPageCarriesInlineJavaScript() {
        for (Path page : pages) {
            String text = read(page);
            // A script element only loads a file: <script src="…"></script>, nothing between the tags.
            assertFalse(text.replaceAll("<script src=\"[^\"]+\"></script>", "").contains("<script"),
                    page + " has a <script> block");
            assertFalse(INLINE_HANDLER.matcher(text).find(), page + " has an inline event handler");
            assertFalse(text.contains("javascript:"), page + " has a javascript: URL");
        }
    }

    @Test
    void everyErrorAndLoginPageNamedInWebXmlExists() throws Exception {
        Document webXml = parse(WEBAPP.resolve("WEB-INF/web.xml"));
        List<String> locations = new ArrayList<>();
        for (String element : List.of("location", "form-login-page", "form-error-page", "welcome-file")) {
            NodeList nodes = webXml.getElementsByTagNameNS("*", element);
            for (int i = 0; i < nodes.getLength(); i++) {
                locations.add(nodes.item(i).getTextContent().trim());
            }
        }
        assertTrue(locations.size() >= 8, "locations read: " + locations);
        for (String location : locations) {
            String path = location.replaceFirst("^/", "").replaceFirst("\\?.*$", "");
            assertTrue(Files.isRegularFile(WEBAPP.resolve(path)), "missing " + location);
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        try (InputStream in = Files.newInputStream(file)) {
            return builder.parse(in, file.toUri().toString());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
