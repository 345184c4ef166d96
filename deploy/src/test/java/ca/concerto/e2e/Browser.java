package ca.concerto.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Debian Chromium, driven through Debian's chromedriver; one per test, with its own profile. */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    /** The browser of a person in Québec: Canadian French first. */
    Browser() {
        this("fr-CA,fr,en");
    }

    /** A browser asking for these languages first ("en-US,en"). */
    Browser(String acceptLanguages) {
        try {
            profile = Files.createTempDirectory("concerto-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguages));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    Browser open(String path) {
        driver.get(Platform.URL + path);
        return this;
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String text(By by) {
        return find(by).getText();
    }

    /** Waits until the element's text contains the words, e.g. a message shown after an Ajax request. */
    String waitForText(By by, String words) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(by, words));
        return text(by);
    }

    /**
     * Chooses an option of a PrimeFaces select menu by its label, and waits until the menu shows it. A click
     * that lands while the panel is still opening, or on a menu an Ajax update is about to replace, is lost
     * on a loaded machine: the menu is opened and the option clicked again until the choice shows.
     */
    void choose(String menuId, String label) {
        By menu = By.id(menuId);
        By panel = By.id(menuId + "_panel");
        By option = By.xpath("//*[@id='" + menuId + "_panel']//li[contains(@class,'ui-selectonemenu-item') and normalize-space(.)=\""
                + label + "\"]");
        By chosen = By.id(menuId + "_label");
        new WebDriverWait(driver, PATIENCE, Duration.ofMillis(400)).ignoring(WebDriverException.class).until(d -> {
            if (label.equals(d.findElement(chosen).getText().strip())) {
                return true;
            }
            if (d.findElement(panel).isDisplayed()) {
                d.findElement(option).click();
            } else {
                d.findElement(menu).click();
            }
            return false;
        });
    }

    /** Chooses an option of a native select menu by its label, as a person does; its change event sends the choice. */
    void select(String menuId, String label) {
        new Select(find(By.id(menuId))).selectByVisibleText(label);
        new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class)
                .until(d -> label.equals(new Select(d.findElement(By.id(menuId))).getFirstSelectedOption().getText().strip()));
    }

    /**
     * Checks the first option of a PrimeFaces check-box menu whose label contains the words, and waits until
     * it shows as checked; like {@link #choose}, a click lost while the panel opens is made again.
     */
    void check(String menuId, String words) {
        By menu = By.id(menuId);
        By panel = By.id(menuId + "_panel");
        By option = By.xpath("(//*[@id='" + menuId + "_panel']//li[contains(@class,'ui-selectcheckboxmenu-item')"
                + " and contains(normalize-space(.), \"" + words + "\")])[1]");
        new WebDriverWait(driver, PATIENCE, Duration.ofMillis(400)).ignoring(WebDriverException.class).until(d -> {
            if (d.findElement(panel).isDisplayed()) {
                WebElement item = d.findElement(option);
                if ("true".equals(item.getAttribute("aria-checked"))
                        || !item.findElements(By.cssSelector(".ui-chkbox-box.ui-state-active")).isEmpty()) {
                    return true;
                }
                item.findElement(By.cssSelector(".ui-chkbox-box")).click();
            } else {
                d.findElement(menu).click();
            }
            return false;
        });
    }

    void click(By by) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void waitForUrlStartingWith(String prefix) {
        new WebDriverWait(driver, PATIENCE).until(d -> d.getCurrentUrl().startsWith(prefix));
    }

    /** Opens a new tab of the same browser, sharing its session, and works in it; returns the tab before. */
    String openTab() {
        String before = driver.getWindowHandle();
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        return before;
    }

    /** Goes back to a tab {@link #openTab} returned, or the tab it opened ({@link #tab}). */
    void switchToTab(String tab) {
        driver.switchTo().window(tab);
    }

    String tab() {
        return driver.getWindowHandle();
    }

    ChromeDriver driver() {
        return driver;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Logs in through Keycloak's two-step form (username, then password), starting on its login page. */
    void logIn(String username) {
        waitForUrlStartingWith(Platform.KEYCLOAK_URL);
        find(By.id("username")).sendKeys(username);
        click(By.id("kc-login"));
        find(By.id("password")).sendKeys(Platform.DEMO_PASSWORD);
        click(By.id("kc-login"));
        waitForUrlStartingWith(Platform.URL);
    }

    /** Logs out and waits for the logged-out page, so that the next page is opened signed out. */
    void logOut() {
        click(By.id("sessionBar:logout"));
        find(By.id("logged-out"));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(Platform.SCREENSHOTS);
            Files.write(Platform.SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless.
        }
    }
}
