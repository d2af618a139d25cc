package fi.cocreate.testing.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for end-to-end tests: Debian's headless Chromium driven by Debian's chromedriver through Selenium.
 * Nothing is downloaded at test time (the driver path is given explicitly, so Selenium Manager never runs).
 *
 * <p>Elements are found as a person finds them: a field by its label, a button or link by its visible text, a heading
 * by its text. {@link #assertAccessible()} runs axe-core on the current page and fails on serious or critical
 * violations; {@link #screenshot} saves a PNG at a given width. If Chromium is missing the test fails, it never skips.
 */
public final class Browser implements AutoCloseable {

    public static final int DESKTOP = 1280;
    public static final int PHONE = 390;
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static final java.util.regex.Pattern RAW_KEY = java.util.regex.Pattern.compile("\\?\\?\\?[\\w.]+\\?\\?\\?");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final WebDriver driver;
    private final String baseUrl;
    /** SEVERE console entries seen so far (a JavaScript error, a CSP violation, a failed load), with their page. */
    private final List<String> consoleErrors = new ArrayList<>();
    /** Addresses the test opened itself: their own 4xx answer (a page that says "not found") is the point, not an error. */
    private final java.util.Set<String> openedOnPurpose = new java.util.HashSet<>();

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A new browser window at desktop width, in the given interface language, for the app deployed at base. */
    public static Browser open(URL base, String language) {
        String binary = System.getProperty("browser.binary", "/usr/bin/chromium");
        String driverPath = System.getProperty("browser.driver", "/usr/bin/chromedriver");
        for (String path : List.of(binary, driverPath)) {
            if (!new File(path).canExecute()) {
                throw new AssertionError("Browser tests need Debian's chromium and chromium-driver (" + path
                        + " is missing): apt-get install chromium chromium-driver");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--no-first-run",
                "--disable-extensions",
                "--lang=" + language,
                "--window-size=" + DESKTOP + ",900",
                "--hide-scrollbars",
                "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // The console (JavaScript errors, CSP violations) is read back after each page: see consoleErrors().
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // An uncaught script error is logged with its stack as well (the console entry alone names only the line of
        // a minified file). Injected by the driver, so the page's CSP does not apply to it.
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of(
                        "source",
                        "window.addEventListener('error', e => { if (e.error && e.error.stack) {"
                                + " console.error('stack of the error above: ' + e.error.stack); } });"));
        return new Browser(driver, onLoopback(base));
    }

    /**
     * The app's address on the loopback interface: Arquillian may report the host's own address, but mails link to
     * localhost (PUBLIC_BASE_URL) and cookies are per host, so the browser always uses localhost.
     */
    static String onLoopback(URL base) {
        return base.getProtocol() + "://localhost:" + base.getPort() + base.getPath();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the app (for example {@code /consultation/view.xhtml?id=3}) or a full URL. */
    public Browser go(String pathOrUrl) {
        readConsole();
        String address = pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl;
        openedOnPurpose.add(address);
        driver.get(address);
        // On a loaded machine ChromeDriver has been seen to return before the new document was there: the next
        // lookup then searched the old one. Wait until the page that answered has loaded.
        new WebDriverWait(driver, WAIT)
                .until(d -> !"about:blank".equals(d.getCurrentUrl())
                        && "complete".equals(js("return document.readyState")));
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The page's main content as a person reads it. */
    public String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    /** The text of the first level-one heading. */
    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /**
     * The form control a label names: by {@code label[for]} (its text, ignoring a required-field marker), by
     * {@code aria-label}, or by the legend of a fieldset holding one text area.
     */
    public WebElement field(String label) {
        return soon(() -> fieldNow(label));
    }

    private WebElement fieldNow(String label) {
        for (WebElement candidate : driver.findElements(By.tagName("label"))) {
            if (labelMatches(candidate.getText(), label)) {
                String target = candidate.getDomAttribute("for");
                if (target != null && !target.isEmpty()) {
                    return driver.findElement(By.id(target));
                }
                List<WebElement> inside = candidate.findElements(By.cssSelector("input, select, textarea"));
                if (!inside.isEmpty()) {
                    return inside.get(0);
                }
            }
        }
        List<WebElement> aria = driver.findElements(By.cssSelector("[aria-label]")).stream()
                .filter(e -> labelMatches(e.getDomAttribute("aria-label"), label))
                .toList();
        if (!aria.isEmpty()) {
            return aria.get(0);
        }
        throw new NoSuchElementException("No field labelled \"" + label + "\" on " + url() + "\n" + pageText());
    }

    /** The field labelled {@code label} inside the fieldset whose legend starts with {@code legend}. */
    public WebElement field(String legend, String label) {
        WebElement fieldset = group(legend);
        for (WebElement candidate : fieldset.findElements(By.tagName("label"))) {
            if (labelMatches(candidate.getText(), label)) {
                return driver.findElement(By.id(candidate.getDomAttribute("for")));
            }
        }
        throw new NoSuchElementException("No field \"" + label + "\" in \"" + legend + "\"");
    }

    /** A fieldset (a question, a group of choices) by the start of its legend. */
    public WebElement group(String legend) {
        return driver.findElements(By.tagName("fieldset")).stream()
                .filter(f -> !f.findElements(By.tagName("legend")).isEmpty()
                        && f.findElement(By.tagName("legend")).getText().trim().contains(legend))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No group \"" + legend + "\" on " + url()));
    }

    /** Types into the labelled field, replacing what it held. */
    public Browser type(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Types into the labelled search field (a PrimeFaces autoComplete) and picks the first suggestion whose text
     * contains {@code option}, as a person does: the suggestions are the visible {@code role=option} items of the
     * field's panel. Waits until the panel has closed and the field shows the choice.
     */
    public Browser suggest(String label, String typed, String option) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(typed);
        By items = By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item");
        WebElement item = new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(items).stream()
                        .filter(li -> li.isDisplayed() && li.getText().contains(option))
                        .findFirst()
                        .orElse(null));
        item.click();
        new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> field(label).getDomProperty("value").contains(option)
                        && d.findElements(items).stream().noneMatch(WebElement::isDisplayed));
        return this;
    }

    /** Ticks a checkbox or radio button by its visible label (PrimeFaces and native widgets alike). */
    public Browser check(String label) {
        WebElement target = driver.findElements(By.cssSelector("label, .ui-chkbox-label")).stream()
                .filter(l -> labelMatches(l.getText(), label) && l.isDisplayed())
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No choice labelled \"" + label + "\" on " + url()));
        scrollTo(target).click();
        return this;
    }

    /**
     * Picks an option of the labelled select (a native select or a PrimeFaces selectOneMenu) by its text. The menu is
     * found as a person finds it: the label names the widget's combobox (or its hidden select), the combobox says
     * which list it opens ({@code aria-controls}), and the option is the visible {@code role=option} with that text.
     */
    public Browser choose(String label, String option) {
        WebElement field = field(label);
        if ("select".equals(field.getTagName()) && field.isDisplayed()) {
            return select(field, option);
        }
        // On a loaded machine the widget's script may not be ready for the first click, a click during the panel's
        // animation may be lost, and an AJAX update (a menu whose options follow another choice) replaces the widget:
        // find it anew and open it again until it shows the choice.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                // A menu replaced by an AJAX update still running (its options follow another menu's choice) would be
                // opened as the old widget; the new one then finds its panel open and its revert fails in the console.
                awaitAjax();
                WebElement menu = field(label)
                        .findElement(By.xpath("ancestor-or-self::*[contains(concat(' ',"
                                + " normalize-space(@class), ' '), ' ui-selectonemenu ')][1]"));
                WebElement combobox = menu.findElement(By.cssSelector("[role=combobox]"));
                if (combobox.getText().trim().equals(option)) {
                    return this; // chosen (also: kept from a refused post)
                }
                if (!"true".equals(combobox.getDomAttribute("aria-expanded"))) {
                    scrollTo(menu).click();
                }
                String list = combobox.getDomAttribute("aria-controls");
                By options = By.cssSelector("[id='" + list + "'] [role=option]");
                WebElement item = new WebDriverWait(driver, Duration.ofSeconds(4))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> d.findElements(options).stream()
                                .filter(li ->
                                        li.isDisplayed() && li.getText().trim().equals(option))
                                .findFirst()
                                .orElse(null));
                item.click();
                // Chosen, and the panel closed: a click elsewhere while the panel still animates lets the widget's
                // closing script run against a page that is being replaced (a console error seen once in CI).
                new WebDriverWait(driver, Duration.ofSeconds(4))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> {
                            WebElement shown = field(label)
                                    .findElement(By.xpath("ancestor-or-self::*[contains("
                                            + "concat(' ', normalize-space(@class), ' '), ' ui-selectonemenu ')][1]"))
                                    .findElement(By.cssSelector("[role=combobox]"));
                            return shown.getText().trim().equals(option)
                                    && !"true".equals(shown.getDomAttribute("aria-expanded"))
                                    && d.findElements(By.cssSelector("[id='" + list + "']")).stream()
                                            .noneMatch(WebElement::isDisplayed);
                        });
                awaitAjax();
                return this;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Timeouts, stale or not yet interactable widgets, and chromedriver's "node does not belong to the
                // document" while an update replaces the menu: look again until the deadline.
                if (System.nanoTime() > deadline) {
                    readConsole();
                    throw new AssertionError("The menu \"" + label + "\" never showed \"" + option + "\" on "
                            + url() + "; its items: "
                            + js("return Array.from(document.querySelectorAll("
                                    + "'.ui-selectonemenu-panel li')).map(l => l.textContent.trim()).join(' | ')")
                            + (consoleErrors.isEmpty()
                                    ? ""
                                    : "; the console shows:\n" + String.join("\n", consoleErrors)));
                }
            }
        }
    }

    /** Clicks a button (button, submit input, or a link styled as one) by its visible text or accessible name. */
    public Browser press(String text) {
        WebElement button = button(text);
        scrollTo(button).click();
        return this;
    }

    /** Presses a button that posts the whole page, and waits until the next page has replaced this one. */
    public Browser submit(String text) {
        WebElement page = driver.findElement(By.tagName("html"));
        press(text);
        new WebDriverWait(driver, WAIT).until(d -> replaced(page));
        return this;
    }

    /**
     * Whether the element no longer belongs to the page. While a navigation swaps documents, chromedriver sometimes
     * reports the old node as an "unknown error" ("Node with given id does not belong to the document") instead of a
     * stale reference (seen in CI): that is an answer too.
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                return true;
            }
            throw e;
        }
    }

    public WebElement button(String text) {
        return soon(() -> buttonNow(text));
    }

    private WebElement buttonNow(String text) {
        return driver
                .findElements(By.cssSelector("button, input[type=submit], input[type=button], [role=button]"))
                .stream()
                .filter(b -> b.isDisplayed()
                        && (labelMatches(b.getText(), text)
                                || labelMatches(b.getDomAttribute("value"), text)
                                || labelMatches(b.getDomAttribute("aria-label"), text)))
                .findFirst()
                .orElseThrow(
                        () -> new NoSuchElementException("No button \"" + text + "\" on " + url() + "\n" + pageText()));
    }

    /** The table row that shows this text (for example an organisation's name). */
    public WebElement row(String text) {
        return driver.findElements(By.tagName("tr")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No row with \"" + text + "\" on " + url()));
    }

    /** Follows the link with this text inside the given part of the page (a row, a list item). */
    public Browser follow(WebElement within, String text) {
        scrollTo(within.findElements(By.tagName("a")).stream()
                        .filter(a -> a.getText().trim().equals(text))
                        .findFirst()
                        .orElseThrow(
                                () -> new NoSuchElementException("No link \"" + text + "\" in " + within.getText())))
                .click();
        return this;
    }

    /** Picks the option whose text contains {@code option} in a native select. */
    public Browser select(WebElement select, String option) {
        org.openqa.selenium.support.ui.Select menu = new org.openqa.selenium.support.ui.Select(select);
        WebElement item = menu.getOptions().stream()
                .filter(o -> o.getText().contains(option))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No option \"" + option + "\" in " + select.getText()));
        menu.selectByVisibleText(item.getText());
        return this;
    }

    /**
     * What the logged-in browser gets for a URL of the app (with its cookies): the status and the content type, as
     * opening a download link would.
     */
    public String download(String href) {
        Object result = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length-1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '"
                                + " + r.headers.get('content-type'))).catch(e => done('failed ' + e));",
                        href);
        return String.valueOf(result);
    }

    public boolean hasButton(String text) {
        try {
            button(text);
            return true;
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    /** Follows a link by its visible text. */
    public Browser follow(String text) {
        scrollTo(link(text)).click();
        return this;
    }

    public WebElement link(String text) {
        return soon(() -> linkNow(text));
    }

    private WebElement linkNow(String text) {
        return driver.findElements(By.tagName("a")).stream()
                .filter(a -> a.isDisplayed() && a.getText().trim().equals(text))
                .findFirst()
                .orElseThrow(
                        () -> new NoSuchElementException("No link \"" + text + "\" on " + url() + "\n" + pageText()));
    }

    public boolean hasLink(String text) {
        return driver.findElements(By.tagName("a")).stream()
                .anyMatch(a -> a.getText().trim().equals(text));
    }

    /** Uploads a file through the labelled file field (the hidden input of a PrimeFaces upload takes keys too). */
    public Browser upload(String label, Path file) {
        WebElement input = field(label);
        if (!"file".equals(input.getDomAttribute("type"))) {
            input = input.findElement(By.xpath("ancestor-or-self::*[.//input[@type='file']][1]//input[@type='file']"));
        }
        input.sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Waits until the page's text contains the given text (after a full post or an AJAX update). */
    public Browser waitForText(String text) {
        try {
            // A page replaced between finding the body and reading it: Chromium sometimes says so as "node does not
            // belong to the document" (a plain WebDriverException), not as a stale element. Read again.
            new WebDriverWait(driver, WAIT)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> pageText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            readConsole();
            throw new AssertionError("\"" + text + "\" did not appear on " + url() + "; the page shows:\n"
                    + pageText()
                    + (consoleErrors.isEmpty() ? "" : "\nThe console shows:\n" + String.join("\n", consoleErrors)));
        }
        return this;
    }

    /** Keyboard: sends keys to whatever has focus. */
    public Browser keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Keyboard: presses Tab until the focused element satisfies the test, at most {@code max} times. */
    public WebElement tabTo(java.util.function.Predicate<WebElement> target, int max, String what) {
        for (int i = 0; i < max; i++) {
            keys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            if (target.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + what + " on " + url());
    }

    /** Keyboard: tabs to the labelled field. */
    public WebElement tabToField(String label) {
        WebElement field = field(label);
        return tabTo(field::equals, 80, "the field \"" + label + "\"");
    }

    /** Keyboard: tabs to the button with this text. */
    public WebElement tabToButton(String text) {
        WebElement button = button(text);
        return tabTo(button::equals, 120, "the button \"" + text + "\"");
    }

    /** Keyboard: tabs to the link with this text. */
    public WebElement tabToLink(String text) {
        WebElement link = link(text);
        return tabTo(link::equals, 120, "the link \"" + text + "\"");
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Sets the viewport width (CSS pixels) keeping a tall window. */
    public Browser width(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        // The window includes no chrome in headless mode, but make sure the viewport really is that wide. On a loaded
        // machine the page may still report the old width for a moment: wait for the resize before correcting.
        long inner = innerWidth();
        for (int i = 0; i < 20 && inner != width && Math.abs(inner - width) > 100; i++) {
            sleepBriefly();
            inner = innerWidth();
        }
        if (inner != width && Math.abs(inner - width) <= 100) {
            driver.manage().window().setSize(new Dimension(width + (int) (width - inner), 900));
        }
        return this;
    }

    /** Waits until PrimeFaces has no AJAX request queued or running. */
    private void awaitAjax() {
        new WebDriverWait(driver, WAIT)
                .until(d -> Boolean.TRUE.equals(js("return !window.PrimeFaces"
                        + " || !PrimeFaces.ajax || !PrimeFaces.ajax.Queue || PrimeFaces.ajax.Queue.isEmpty()")));
    }

    private long innerWidth() {
        return ((Number) js("return window.innerWidth")).longValue();
    }

    /** How long a lookup of a field, button or link waits for it to appear (a page still loading, an AJAX update). */
    private static final Duration FIND = Duration.ofSeconds(10);

    /**
     * What {@code find} finds, asked again for up to {@link #FIND} while it is not there yet (or was replaced while
     * it was read), as a person waits a moment for a page; then its last refusal.
     */
    private static WebElement soon(java.util.function.Supplier<WebElement> find) {
        long deadline = System.nanoTime() + FIND.toNanos();
        while (true) {
            try {
                return find.get();
            } catch (NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleepBriefly();
            }
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The widest element's right edge versus the viewport: more than the viewport means horizontal scrolling. */
    public long documentWidth() {
        return ((Number) js("return document.documentElement.scrollWidth")).longValue();
    }

    public long viewportWidth() {
        return ((Number) js("return document.documentElement.clientWidth")).longValue();
    }

    /** Fails if the page needs horizontal scrolling at the current width (WCAG 1.4.10 reflow). */
    public Browser assertReflows() {
        long document = documentWidth();
        long viewport = viewportWidth();
        if (document > viewport) {
            Object culprits = js("const w=document.documentElement.clientWidth;return Array.from("
                    + "document.querySelectorAll('body *')).filter(e=>e.getBoundingClientRect().right>w+1)"
                    + ".slice(0,8).map(e=>e.tagName+'#'+e.id+'.'+e.className+' '"
                    + "+Math.round(e.getBoundingClientRect().right)).join('\\n')");
            throw new AssertionError(url() + " is " + document + " px wide at a " + viewport
                    + " px viewport (WCAG 1.4.10 reflow); too wide:\n" + culprits);
        }
        return this;
    }

    /** Saves a full-page PNG at the given width into {@code dir/name.png}; returns the file. */
    public Path screenshot(Path dir, String name, int width) {
        width(width);
        long height = ((Number) js(
                        "return Math.min(document.documentElement.scrollHeight, arguments[0])",
                        width < 800 ? 2000 : 1400))
                .longValue();
        driver.manage().window().setSize(new Dimension(driver.manage().window().getSize().width, (int) height));
        // The window's height may include a few pixels that are not the page's: grow it until the viewport holds the
        // page, so the foot of the page (a form's buttons) is in the picture.
        long inner = ((Number) js("return window.innerHeight")).longValue();
        if (inner < height) {
            driver.manage()
                    .window()
                    .setSize(new Dimension(driver.manage().window().getSize().width, (int) (height + height - inner)));
        }
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name, e);
        } finally {
            width(width);
        }
    }

    /**
     * Screenshots of the current page at 1280 px and 390 px into {@code target/screenshots} (the README's copies in
     * {@code docs/screenshots} are chosen from these), then back to desktop width.
     */
    public Browser shoot(String name) {
        Path dir = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));
        screenshot(dir, name + "-1280", DESKTOP);
        screenshot(dir, name + "-390", PHONE);
        width(DESKTOP);
        return this;
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page; fails listing every violation of impact
     * serious or critical.
     */
    public Browser assertAccessible() {
        assertNoRawKeys();
        assertCleanConsole();
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(r -> BLOCKING_IMPACTS.contains(r.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            String report = blocking.stream()
                    .map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp() + "\n"
                            + r.getNodes().stream()
                                    .limit(5)
                                    .map(n -> "    " + n.getTarget() + " "
                                            + n.getFailureSummary().replace('\n', ' '))
                                    .collect(Collectors.joining("\n")))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("Accessibility violations on " + url() + ":\n" + report);
        }
        return this;
    }

    /** Fails if the page shows a bundle key instead of its text ({@code ???response.title???}). */
    public Browser assertNoRawKeys() {
        String html = driver.getPageSource();
        java.util.regex.Matcher raw = RAW_KEY.matcher(html);
        if (raw.find()) {
            throw new AssertionError(url() + " shows the raw bundle key " + raw.group());
        }
        return this;
    }

    /**
     * Fails if any page this browser showed so far logged a SEVERE console entry: an uncaught JavaScript error, a
     * Content-Security-Policy violation (which breaks a PrimeFaces widget for every user), or a resource that failed
     * to load. Called by {@link #assertAccessible()} and on {@link #close()}, so every page of a journey is covered.
     */
    public Browser assertCleanConsole() {
        readConsole();
        if (!consoleErrors.isEmpty()) {
            String report = String.join("\n", consoleErrors);
            consoleErrors.clear();
            throw new AssertionError("The browser console shows errors:\n" + report);
        }
        return this;
    }

    /** The SEVERE console entries logged so far and not yet reported, each with the page it was logged on. */
    public List<String> consoleErrors() {
        readConsole();
        return List.copyOf(consoleErrors);
    }

    /** Forgets the console entries collected so far (after a test has checked them on purpose). */
    public Browser forgetConsole() {
        readConsole();
        consoleErrors.clear();
        return this;
    }

    /** Collects the SEVERE console entries logged since the last read (chromedriver hands each entry out once). */
    private void readConsole() {
        String page;
        try {
            page = driver.getCurrentUrl();
        } catch (org.openqa.selenium.WebDriverException e) {
            page = "?";
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !isAnsweredOnPurpose(entry.getMessage())) {
                consoleErrors.add(page + ": " + entry.getMessage());
            }
        }
    }

    /**
     * Whether a console entry only says that an address the test opened itself answered 4xx (Chromium logs the
     * document's own status); a script, style sheet or image that fails to load is still an error.
     */
    private boolean isAnsweredOnPurpose(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "^(\\S+) - Failed to load resource: the server responded with a status of 4\\d\\d\\b")
                .matcher(message);
        return m.find() && openedOnPurpose.contains(m.group(1));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebElement scrollTo(WebElement element) {
        js("arguments[0].scrollIntoView({block:'center'})", element);
        return element;
    }

    private static boolean labelMatches(String shown, String wanted) {
        if (shown == null) {
            return false;
        }
        String text = shown.replace("*", "").replaceAll("\\s+", " ").trim();
        return text.equals(wanted);
    }

    /** Quits the browser; fails if a page logged a console error that no earlier check reported. */
    @Override
    public void close() {
        try {
            readConsole();
        } finally {
            driver.quit();
        }
        if (!consoleErrors.isEmpty()) {
            throw new AssertionError("The browser console shows errors:\n" + String.join("\n", consoleErrors));
        }
    }
}
