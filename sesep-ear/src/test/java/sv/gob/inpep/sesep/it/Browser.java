package sv.gob.inpep.sesep.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's chromium and chromedriver; nothing is downloaded), for tests
 * that click through SESEP as a person would. It starts chromedriver itself and, when closed, ends
 * chromedriver and every browser process below it by process id, so a run leaves no browser behind.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMEDRIVER = System.getProperty("sesep.chromedriver", "/usr/bin/chromedriver");
    private static final String CHROMIUM = System.getProperty("sesep.chromium", "/usr/bin/chromium");

    private final Process chromedriver;
    private final Path profile;
    private final WebDriver driver;
    private final Path downloads;
    /** What axe-core found on the page states this browser reached; the test fails on close if any. */
    private final List<String> violations = new java.util.ArrayList<>();
    private String user = "anonymous";

    Browser() {
        this("es");
    }

    /** A browser whose language (and so its locale for dates and numbers) is {@code language}, e.g. "en-US". */
    Browser(String language) {
        try {
            int port = freePort();
            chromedriver = new ProcessBuilder(CHROMEDRIVER, "--port=" + port, "--allowed-ips=127.0.0.1")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // Even when the test JVM is stopped (Ctrl-C, a killed build), the browser does not outlive it.
            Process started = chromedriver;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.descendants().forEach(ProcessHandle::destroyForcibly);
                started.destroyForcibly();
            }));
            awaitDriver(port);
            profile = Files.createTempDirectory("sesep-chromium");
            downloads = Files.createTempDirectory("sesep-downloads");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--window-size=1366,1000", "--lang=" + language,
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "intl.accept_languages", language,
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false,
                    "plugins.always_open_pdf_externally", true));
            driver = new RemoteWebDriver(URI.create("http://127.0.0.1:" + port).toURL(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page of SESEP, e.g. {@code open("/login.xhtml")}. */
    Browser open(String path) {
        driver.get(Ports.base() + path);
        axe(path.replaceAll("[?#].*", ""));
        return this;
    }

    /**
     * Checks the page as it stands with axe-core (WCAG 2.2 AA), under the name {@code state} and the
     * user logged in; what it finds fails the test when the browser closes, all of it listed.
     */
    Browser axe(String state) {
        violations.addAll(Axe.check(driver, state + " [" + user + "]"));
        return this;
    }

    /** The id of the element that has the keyboard focus ("" when none has it, i.e. {@code <body>}). */
    String focusedId() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var a = document.activeElement; return a && a !== document.body ? a.id : '';"));
    }

    /**
     * Presses Tab, as a keyboard user does, until the element with id {@code id} has the focus; fails
     * when 150 presses do not reach it.
     */
    Browser tabTo(String id) {
        return tabUntil(id, () -> id.equals(focusedId()));
    }

    /** Presses Tab until {@code reached} holds for the focused element; {@code what} names it in a failure. */
    Browser tabUntil(String what, java.util.function.BooleanSupplier reached) {
        for (int i = 0; i < 150; i++) {
            if (reached.getAsBoolean()) {
                return this;
            }
            press(org.openqa.selenium.Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + what + "; the focus is on '" + focusedId() + "'");
    }

    /** Presses keys on whatever has the focus (no mouse). */
    Browser press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Makes the window {@code width} × {@code height} CSS pixels (1366 × 900 desktop, 390 × 844 phone). */
    Browser size(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    /** Logs in through the login form. */
    Browser login(String username, String password) {
        open("/login.xhtml");
        driver.findElement(By.name("j_username")).sendKeys(username);
        user = username;
        driver.findElement(By.name("j_password")).sendKeys(password);
        // Until the post has answered, the old page is still there: opening another page before that
        // would cancel the login. A mark on the old page's window tells when a new page replaced it.
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.sesepLoginPending = true;");
        driver.findElement(By.cssSelector("form[action*='j_security_check'] [type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> js.executeScript("return window.sesepLoginPending !== true && document.readyState === 'complete';")
                        .equals(Boolean.TRUE));
        axe(URI.create(driver.getCurrentUrl()).getPath().replaceFirst("^/[^/]+", "") + " after login");
        return this;
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the condition holds; an element that an Ajax update replaced meanwhile is looked up again. */
    void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /**
     * Waits until no PrimeFaces upload shows a file's row: once a file is sent its row fades out
     * (400 ms), and a check of the page in between sees half-transparent text.
     */
    void awaitUploadRowsGone() {
        waitFor(d -> d.findElements(By.cssSelector(".ui-fileupload-row")).isEmpty());
    }

    /** The page's text; read again when a navigation replaced the page between finding its body and reading it. */
    String text() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (WebDriverException e) {
                boolean replaced = e instanceof org.openqa.selenium.StaleElementReferenceException
                        || String.valueOf(e.getMessage()).contains("does not belong to the document");
                if (!replaced || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Folder where the browser saves downloads. */
    Path downloads() {
        return downloads;
    }

    /**
     * Runs the steps of a test; when they fail, keeps a screenshot in target/screenshots/NAME.png
     * for a person to look at, then fails as they did.
     */
    void steps(String name, Runnable steps) {
        steps(name, List.of(this), () -> {
            steps.run();
            return null;
        });
    }

    /**
     * Runs steps that drive several browsers; when they fail, keeps a screenshot of each in
     * target/screenshots (NAME-1.png, NAME-2.png, … in the order given), then fails as they did.
     */
    static <T> T steps(String name, List<Browser> browsers, java.util.concurrent.Callable<T> steps) {
        try {
            return steps.call();
        } catch (Exception | AssertionError e) {
            for (int i = 0; i < browsers.size(); i++) {
                String file = browsers.size() == 1 ? name + ".png" : name + "-" + (i + 1) + ".png";
                try {
                    browsers.get(i).screenshot(Path.of("target", "screenshots", file));
                } catch (RuntimeException screenshotFailed) {
                    e.addSuppressed(screenshotFailed);
                }
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e);
        }
    }

    /** Saves a screenshot (for a person to look at when a test fails). */
    void screenshot(Path file) {
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> browsers = chromedriver.descendants().toList();
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // The processes are ended below in any case.
        }
        // quit() lets chromedriver close Chromium and reap it; whatever is still there is ended by id.
        awaitExit(browsers);
        browsers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        chromedriver.destroy();
        try {
            if (!chromedriver.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                chromedriver.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            chromedriver.destroyForcibly();
        }
        deleteQuietly(profile);
        deleteQuietly(downloads);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core (WCAG 2.2 AA) found violations:\n" + String.join("\n", violations));
        }
    }

    private static void awaitExit(List<ProcessHandle> processes) {
        long deadline = System.currentTimeMillis() + 5_000;
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.currentTimeMillis() < deadline) {
            sleep();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitDriver(int port) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IOException("chromedriver did not start on port " + port);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
