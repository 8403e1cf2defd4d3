package io.mlaprep.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium driven through chromedriver: the only place that waits, types keys, takes
 * screenshots and knows the binaries. Every response the page receives is recorded (see
 * {@link NetworkRecorder}) and every page can be scanned with axe-core ({@link AxeScanner}).
 */
final class Browser implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    final NetworkRecorder network;
    final AxeScanner axe;

    private Browser(ChromeDriver driver, Path profile, String baseUrl, AxeScanner axe) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.network = new NetworkRecorder(driver);
        this.axe = axe;
    }

    /** Where chromium and chromedriver are; both explicit, so Selenium Manager never looks on the network. */
    record Binaries(Path chromium, Path chromedriver) {

        static final String NEEDED = "they need Chromium and chromedriver at /usr/bin/chromium and /usr/bin/chromedriver "
                + "(Debian: apt-get install -y chromium chromium-driver; elsewhere -Dmla.chromium=... -Dmla.chromedriver=...)";

        static Binaries fromSystem() {
            return new Binaries(Path.of(System.getProperty("mla.chromium", "/usr/bin/chromium")),
                    Path.of(System.getProperty("mla.chromedriver", "/usr/bin/chromedriver")));
        }

        boolean present() {
            return Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
        }

        /** Whether the browser tests run: always under CI (CI=true), which installs the browser; elsewhere if it is here. */
        static boolean presentOrRequired() {
            return inCi() || fromSystem().present();
        }

        /** Under CI a missing browser is a failure, never a silent skip. */
        void requirePresent() {
            if (!present()) {
                throw new IllegalStateException("CI=true but the browser tests cannot run: " + NEEDED);
            }
        }

        private static boolean inCi() {
            return "true".equalsIgnoreCase(System.getenv("CI"));
        }
    }

    static Browser open(Binaries binaries, String baseUrl, AxeScanner axe) {
        Path profile;
        try {
            profile = Files.createTempDirectory("mla-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binaries.chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--lang=en-US",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
        // a reload the test asks for goes ahead through the page's "Leave site?" prompt
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.ACCEPT);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(binaries.chromedriver().toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Browser browser = new Browser(driver, profile, baseUrl, axe);
        browser.network.start();
        return browser;
    }

    WebDriver driver() {
        return driver;
    }

    /** Emulates a phone's screen (a mobile viewport of that size), or goes back to the desktop window. */
    void emulate(Dimension size) {
        if (size.equals(DESKTOP)) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", size.width, "height", size.height, "deviceScaleFactor", 1, "mobile", true));
        }
        until("the viewport to be " + size.width + " wide", d -> size.width == ((Number) script("return window.innerWidth")).intValue());
    }

    /** Renders the page as for a user whose system asks for a dark colour scheme, or back to light. */
    void darkTheme(boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
        until("the colour scheme to apply", d -> dark == Boolean.TRUE.equals(
                script("return matchMedia('(prefers-color-scheme: dark)').matches")));
    }

    /** Opens a client route, e.g. "/signup" (the client routes on the fragment). */
    void go(String route) {
        String url = baseUrl + "/#" + route;
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(baseUrl)) {
            script("location.hash = arguments[0]", route);
        } else {
            driver.get(url);
        }
        settled();
    }

    /** Reloads the whole document; the page's responses so far are read first, while their bodies still exist. */
    void reload() {
        network.drain();
        driver.navigate().refresh();
        settled();
    }

    /**
     * Whether the page asks before it is left or reloaded: it cancels the beforeunload event, which is what
     * makes a browser show its "Leave site?" prompt. (Headless Chromium under chromedriver shows no such
     * prompt to answer; the driver accepts it, see open().)
     */
    boolean asksBeforeLeaving() {
        return Boolean.TRUE.equals(script(
                "const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented"));
    }

    /** Signed out, on the sign-in page, at desktop size: each journey starts so, whatever the one before left. */
    void fresh() {
        signOut();
        network.drain();
        // a new document, not a change of fragment: a guarded page (an exam) cannot hold it up
        driver.get("about:blank");
        driver.get(baseUrl + "/#/signin");
        settled();
        emulate(DESKTOP);
    }

    /** The signed-in user's id: the subject of the access token the client keeps. */
    String userId() {
        return (String) script("const token = JSON.parse(localStorage.getItem('mla.auth')).token;"
                + "return JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).sub");
    }

    /** The browser's Back button. */
    void back() {
        driver.navigate().back();
    }

    /** Waits for a condition; the one place a test waits. */
    <T> T until(String what, Function<WebDriver, T> condition) {
        T value = new WebDriverWait(driver, WAIT, POLL).withMessage("waiting for " + what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
        network.drain();
        return value;
    }

    /** Waits until the view has rendered: a heading and no loading spinner left. */
    void settled() {
        until("the page to finish loading", d -> !d.findElements(By.cssSelector("#app h1")).isEmpty()
                && d.findElements(By.cssSelector("#app .loading")).isEmpty()
                && "complete".equals(script("return document.readyState")));
    }

    WebElement visible(By by) {
        return until(by + " to be visible", d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    void click(By by) {
        WebElement element = until(by + " to be clickable",
                d -> d.findElements(by).stream().filter(e -> e.isDisplayed() && e.isEnabled()).findFirst().orElse(null));
        click(element);
    }

    /** Clicks as a person does: brings the element to the middle of the view first, clear of the player's sticky bar. */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        element.click();
    }

    void clickButton(String text) {
        click(By.xpath("//button[normalize-space(.)=" + xpathLiteral(text) + "]"));
    }

    void clickLink(String text) {
        click(By.xpath("//a[normalize-space(.)=" + xpathLiteral(text) + "]"));
    }

    void type(By by, String text) {
        WebElement element = visible(by);
        element.clear();
        element.sendKeys(text);
    }

    String heading() {
        return visible(By.cssSelector("#app h1")).getText();
    }

    void waitForHeading(String text) {
        until("the heading '" + text + "'", d -> d.findElements(By.cssSelector("#app h1")).stream()
                .anyMatch(h -> h.getText().trim().equals(text)));
        settled();
    }

    void waitForHeadingStarting(String prefix) {
        until("a heading starting '" + prefix + "'", d -> d.findElements(By.cssSelector("#app h1")).stream()
                .anyMatch(h -> h.getText().trim().startsWith(prefix)));
        settled();
    }

    /** Presses keys on whatever has the focus, as a keyboard user would. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Tabs forward until the focused element matches; fails after max presses. */
    WebElement tabTo(String cssSelector, int max) {
        for (int i = 0; i < max; i++) {
            if (Boolean.TRUE.equals(script("return document.activeElement && document.activeElement.matches(arguments[0])", cssSelector))) {
                return focused();
            }
            press(Keys.TAB);
        }
        throw new AssertionError("focus never reached " + cssSelector + " in " + max + " Tab presses; it is on "
                + script("return document.activeElement && document.activeElement.outerHTML.slice(0, 200)"));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** target/screenshots/&lt;journey&gt;-&lt;step&gt;.png */
    Path screenshot(String journey, String step) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(journey + "-" + step + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scans the page as it is now with axe-core, under the given page name. */
    void scan(String page) {
        axe.scan(this, page);
    }

    /** Forgets the signed-in user (the client keeps it in localStorage, shared by the origin's tabs). */
    void signOut() {
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(baseUrl)) {
            script("localStorage.clear(); sessionStorage.clear()");
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp profile left behind harms nothing
            }
        }
    }

    /** A string as an XPath literal, whatever quotes it holds. */
    static String literal(String text) {
        return xpathLiteral(text);
    }

    /** Lets the page save downloads into the folder, as a person's browser saves them into Downloads. */
    void downloadInto(Path folder) {
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
