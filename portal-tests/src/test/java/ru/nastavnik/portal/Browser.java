package ru.nastavnik.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import ru.nastavnik.demo.DemoRegion;

/**
 * One headless Debian Chromium with a fresh profile, driven through Debian's chromedriver. Both paths are given
 * explicitly, so Selenium Manager never tries to download a browser or a driver. Viewports are set through the
 * DevTools protocol (device metrics), which gives exact CSS widths — a window cannot be made 360 px wide.
 */
public final class Browser implements AutoCloseable {

    /** A screen size the portal must work at; {@code mobile} also makes Chromium honour the viewport meta tag. */
    public record Viewport(String name, int width, int height, boolean mobile) {
    }

    public static final Viewport PHONE = new Viewport("phone", 360, 740, true);
    public static final Viewport DESKTOP = new Viewport("desktop", 1280, 800, false);
    public static final List<Viewport> VIEWPORTS = List.of(PHONE, DESKTOP);

    static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final WebDriverWait wait;
    private Viewport viewport = DESKTOP;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    public static Browser launch(String baseUrl) {
        String chromium = System.getProperty("nastavnik.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("nastavnik.chromedriver", "/usr/bin/chromedriver");
        for (String program : new String[] { chromium, chromedriver }) {
            if (!Files.isExecutable(Path.of(program))) {
                // Never fall back to Selenium Manager: it would try to download a browser or a driver.
                throw new IllegalStateException(program + " is missing: install Debian's chromium and chromium-driver "
                        + "(.ci/run does), or point -Dnastavnik.chromium / -Dnastavnik.chromedriver at them");
            }
        }
        System.setProperty("webdriver.chrome.driver", chromedriver);
        Path profile;
        try {
            profile = Files.createTempDirectory("portal-tests-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,800", "--lang=ru-RU");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        Browser browser = new Browser(new ChromeDriver(service, options), profile, baseUrl);
        browser.use(DESKTOP);
        return browser;
    }

    // ------------------------------------------------------------------ navigation

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Signs in through the landing page's «Войти» and the identity provider's real login page, and waits until the
     * landing page has sent the user on to their portal.
     */
    public void logIn(DemoRegion.User user) {
        open("/");
        click(By.id("login"));
        fillLoginForm(user.username(), DemoRegion.DEMO_PASSWORD);
        String portal = PortalPages.portalOf(user);
        wait.until(d -> d.getCurrentUrl().startsWith(baseUrl + portal));
        waitForPresent(By.cssSelector(".user-name"));
    }

    /** On the identity provider's page: the Russian login form with username and password. */
    public void fillLoginForm(String username, String password) {
        WebElement field = waitFor(By.id("username"));
        field.clear();
        field.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    // ------------------------------------------------------------------ finding and acting

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public WebElement waitForPresent(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    public void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    /** Scrolls the element to the middle first: on a phone a fixed header or the footer could cover it. */
    public void click(By locator) {
        openMenuHolding(waitForPresent(locator));
        WebElement element = waitFor(locator);
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        waitForLayout();
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** An entry of a closed dropdown menu (the navigation's «Наставничество») is reached as a person would: menu first. */
    private void openMenuHolding(WebElement element) {
        if (!element.isDisplayed()) {
            js("const menu = arguments[0].closest('.dropdown-menu');"
                    + " if (menu && !menu.classList.contains('show')) {"
                    + "   menu.parentElement.querySelector('[data-bs-toggle=dropdown]').click(); }", element);
        }
    }

    public void type(By locator, String text) {
        WebElement element = waitFor(locator);
        element.clear();
        element.sendKeys(text);
    }

    public Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The HTTP status of a same-origin GET made by the page, with the page's cookies. */
    public long fetchStatus(String path) {
        return (Long) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(r => done(r.status), () => done(-1));", path);
    }

    /**
     * A JSON call to the gateway's API from the page, with the signed-in user's session and XSRF token, as another tab
     * of the same user would make it; returns the body, fails the test on any status but 2xx.
     */
    public String apiCall(String method, String path, String jsonBody) {
        @SuppressWarnings("unchecked")
        List<Object> result = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const token = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));"
                        + "const headers = {'Accept': 'application/json', 'Content-Type': 'application/json'};"
                        + "if (token) { headers['X-XSRF-TOKEN'] = decodeURIComponent(token.substring(11)); }"
                        + "fetch(arguments[1], {method: arguments[0], headers, body: arguments[2], credentials: 'same-origin'})"
                        + ".then(r => r.text().then(t => done([r.status, t])), e => done([-1, String(e)]));",
                method, path, jsonBody);
        long status = ((Number) result.get(0)).longValue();
        assertThat(status).as("%s %s: %s", method, path, result.get(1)).isBetween(200L, 299L);
        return (String) result.get(1);
    }

    public WebDriver driver() {
        return driver;
    }

    // ------------------------------------------------------------------ viewports and screenshots

    public void use(Viewport newViewport) {
        metrics(newViewport.width(), newViewport.height(), newViewport.mobile());
        viewport = newViewport;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** The page is no wider than the viewport: nothing to scroll sideways to. */
    public void assertNoHorizontalScroll() {
        Object widths = js("return [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth];");
        @SuppressWarnings("unchecked")
        List<Long> w = (List<Long>) widths;
        assertThat(Math.max(w.get(0), w.get(1)))
                .as("page width at %d px (%s)", viewport.width(), path())
                .isLessThanOrEqualTo(w.get(2));
    }

    /** No JavaScript value leaked into the page as text: everything a person reads is meant for them. */
    public void assertNoLeakedValues() {
        String text = (String) js("return document.body.innerText;");
        assertThat(text).as("text of %s", path()).doesNotContainPattern("\\b(null|undefined|NaN)\\b")
                .doesNotContain("[object Object]");
    }

    /**
     * For each viewport: switch to it, let the page settle, check it (the check sees the viewport through
     * {@link #viewport()}), assert there is no horizontal scroll and no leaked "null", and save a full-page screenshot
     * {@code target/screenshots/<name>-<width>.png}. Ends at the desktop size.
     */
    public void atEveryViewport(String name, Runnable check) {
        for (Viewport each : VIEWPORTS) {
            use(each);
            waitForLayout();
            check.run();
            assertNoHorizontalScroll();
            assertNoLeakedValues();
            screenshot(name);
        }
    }

    /** A full-page PNG named after the screen and the current width. */
    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + "-" + viewport.width() + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            // Grow the viewport to the whole document for the capture, then put it back.
            long height = (Long) js("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
            metrics(viewport.width(), (int) Math.max(height, viewport.height()), viewport.mobile());
            waitForLayout();
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            metrics(viewport.width(), viewport.height(), viewport.mobile());
            waitForLayout();
        }
        return file;
    }

    void screenshotQuietly(String name) {
        try {
            screenshot(name);
        } catch (RuntimeException e) {
            System.err.println("portal-tests: no screenshot of the failure: " + e.getMessage());
        }
    }

    private void metrics(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Two animation frames: the browser has laid the page out at the new size. */
    private void waitForLayout() {
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
