package org.eventstorm.app.workshop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its own chromedriver (never a driver Selenium would download: the
 * machines here reach no driver site). A phone is a 390 x 844 window with touch.
 */
public final class Browsers {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {
    }

    /** Skips the test where Chromium is not installed, or fails it where CI requires it. */
    public static void require() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            if ("1".equals(System.getenv("EVENTSTORM_REQUIRE_TOOLCHAINS"))) {
                throw new AssertionError("chromium and chromium-driver are needed and EVENTSTORM_REQUIRE_TOOLCHAINS=1, but they are not installed");
            }
            Assumptions.abort("skipped: chromium and chromium-driver are not installed here (CI installs them and requires this test)");
        }
    }

    /** A headless Chromium window of {@code width} x {@code height}, with its own empty profile. */
    public static ChromeDriver open(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    /** Waits up to 20 seconds for {@code condition}: a loaded CI machine runs the browsers, the app and the build at once. */
    public static <T> T until(WebDriver driver, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
    }
}
