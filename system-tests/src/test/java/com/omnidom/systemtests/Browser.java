package com.omnidom.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A person at a screen: Debian's Chromium, headless, through its ChromeDriver (packages chromium and chromium-driver;
 * .ci/run installs them). A fresh profile each, so each person signs in on their own. Every page looked at is saved
 * as a screenshot in system-tests/target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Cluster.ROOT.resolve("system-tests/target/screenshots");
    private static final String CHROMIUM = System.getProperty("omnidom.systemtests.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("omnidom.systemtests.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;
    private final String journey;
    private int shots;

    /** A browser on the screens at {@code baseUrl}, asking for pages in {@code language}. */
    Browser(String baseUrl, String journey, String language) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("the browser tests need Chromium and ChromeDriver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": apt-get install chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1100,1400", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = baseUrl;
        this.journey = journey;
    }

    /** Opens {@code path} of the screens; the first time, the authorization server's sign-in form comes first. */
    Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in on the authorization server's form (where an unauthenticated page sent the browser). */
    Browser signIn(String username, String password) {
        waitFor(By.id("username"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        snapshot("sign-in");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        return this;
    }

    WebElement waitFor(By what) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    void waitForText(By what, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(what, text));
    }

    String text(By what) {
        return waitFor(what).getText();
    }

    List<WebElement> all(By what) {
        return driver.findElements(what);
    }

    void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void click(By what) {
        waitFor(what).click();
    }

    /** Chooses a local file for the file input {@code id}. */
    void attach(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The page as the person sees it, saved as {@code <journey>-<n>-<name>.png}. */
    void snapshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve("%s-%02d-%s.png".formatted(journey, ++shots, name)), png);
        } catch (Exception e) {
            throw new IllegalStateException("screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
