package sv.gob.inpep.sesep.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser over plain HTTP, as far as SESEP's JSF pages need it: cookies, the view
 * state and hidden fields of a form, PrimeFaces' CSP nonce, and Ajax postbacks the way
 * PrimeFaces' script sends them. It tells a page of a live session from one that asks to log in
 * again, so a test can count sessions that survived.
 */
final class FacesClient {

    /** A page or partial response; {@code view} holds the form state of the page it belongs to. */
    record Page(int status, String body, URI uri) {

        /**
         * The container's login form or the expired-session page instead of what was asked for
         * (every page names the expired-session page in PrimeFaces' settings: the address tells).
         */
        boolean asksToLogIn() {
            String redirect = isPartial() ? redirect() : null;
            return body.contains("j_security_check") || uri.getPath().endsWith("/error/sesion-expirada.xhtml")
                    || uri.getPath().endsWith("/login.xhtml")
                    || (redirect != null && (redirect.contains("sesion-expirada") || redirect.contains("login")));
        }

        boolean isPartial() {
            return body.startsWith("<?xml") && body.contains("<partial-response");
        }

        /** A partial response that names a page to go to. */
        String redirect() {
            Matcher m = REDIRECT.matcher(body);
            return m.find() ? m.group(1).replace("&amp;", "&") : null;
        }
    }

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]+)\"");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String base;
    private final String origin;
    private String viewState;
    private String nonce;
    private String page;

    FacesClient(String base) {
        this.base = base;
        this.origin = URI.create(base).resolve("/").toString().replaceAll("/$", "");
        // HTTP/1.1 as browsers speak it: the JDK's default asks to upgrade to h2c, which Undertow
        // grants and HAProxy then only tunnels (no sticky cookie, no redispatch).
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * FORM login through the container, from the home page of the user's side (a citizen logs in
     * with their DUI, staff with a name); true when it ended on a page of the signed-in user.
     */
    boolean logIn(String username, String password) throws IOException, InterruptedException {
        get(username.matches("\\d{8}-\\d") ? "/portal/inicio.xhtml" : "/panel/inicio.xhtml");
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && !response.body().contains("j_security_check");
    }

    /** A full page; it becomes the page whose forms the next postbacks belong to. */
    Page get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        Page result = new Page(response.statusCode(), response.body(), response.uri());
        if (result.status() == 200 && !result.isPartial()) {
            page = result.body();
            Matcher n = CSP_NONCE.matcher(page);
            nonce = n.find() ? n.group(1) : null;
            viewState = null;
        }
        return result;
    }

    /** A GET that is not a page (a servlet's short answer): the current page stays what it was. */
    Page plain(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        return new Page(response.statusCode(), response.body(), response.uri());
    }

    /** Whether the current page has an element with this id. */
    boolean has(String id) {
        return page != null && page.contains("id=\"" + id + "\"");
    }

    /**
     * An Ajax postback from the current page, as PrimeFaces sends a command: the form's hidden
     * fields and {@code values}, the view state, the CSP nonce.
     */
    Page ajax(String formId, String source, String execute, String render, Map<String, String> values)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(source, source);
        fields.put(formId, formId);
        fields.putAll(hiddenFields(formId));
        fields.putAll(values);
        if (viewState != null) {
            fields.put("jakarta.faces.ViewState", viewState);
        }
        if (nonce != null) {
            fields.put("primefaces.nonce", nonce);
        }
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        String action = base + path(formId);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(action))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .header("Origin", origin).header("Referer", action)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        Page result = new Page(response.statusCode(), response.body(), response.uri());
        Matcher state = VIEW_STATE.matcher(result.body());
        if (state.find()) {
            viewState = state.group(1);
        }
        Matcher n = CSP_NONCE.matcher(result.body());
        if (n.find()) {
            nonce = n.group(1);
        }
        return result;
    }

    /** The options of a select of the current page, the first one with a value. */
    String firstOption(String selectName) {
        int start = page.indexOf("name=\"" + selectName + "\"");
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(page.substring(start, page.indexOf("</select>", start)));
        return option.find() ? unescape(option.group(1)) : "";
    }

    /** The selected option of a select of the current page, else its first. */
    String firstSelected(String selectName) {
        int start = page.indexOf("name=\"" + selectName + "\"");
        String options = page.substring(start, page.indexOf("</select>", start));
        Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(options);
        return selected.find() ? unescape(selected.group(1)) : firstOption(selectName);
    }

    /** The HTML of the current page. */
    String currentPage() {
        return page;
    }

    /** Names of the current page's fields whose name ends with {@code suffix}, in page order. */
    java.util.List<String> namesEndingWith(String suffix) {
        java.util.List<String> names = new java.util.ArrayList<>();
        Matcher m = NAME.matcher(page);
        while (m.find()) {
            if (m.group(1).endsWith(suffix) && !names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The balancer's sticky cookie: which node this browser is on. */
    String node() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESEPNODE"))
                .map(HttpCookie::getValue).findFirst().orElse("?");
    }

    private Map<String, String> hiddenFields(String formId) {
        Map<String, String> fields = new LinkedHashMap<>();
        int start = page.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            return fields;
        }
        Matcher input = INPUT.matcher(page.substring(start, page.indexOf("</form>", start)));
        while (input.find()) {
            Matcher type = TYPE.matcher(input.group());
            Matcher name = NAME.matcher(input.group());
            if (type.find() && type.group(1).equals("hidden") && name.find()) {
                Matcher value = VALUE.matcher(input.group());
                String v = value.find() ? unescape(value.group(1)) : "";
                if (name.group(1).equals("jakarta.faces.ViewState") && viewState != null) {
                    continue;
                }
                fields.put(name.group(1), v);
            }
        }
        return fields;
    }

    private String path(String formId) {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"").matcher(page);
        if (!action.find()) {
            throw new IllegalStateException("no form " + formId);
        }
        String path = unescape(action.group(1));
        return path.substring(path.indexOf("/sesep") + "/sesep".length());
    }

    static String unescape(String html) {
        return html.replace("&#58;", ":").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#10;", "\n").replace("&amp;", "&");
    }
}
