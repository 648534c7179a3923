package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eventstorm.app.workshop.Browsers;
import org.eventstorm.app.workshop.DroppingProxy;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workshop as a room runs it: the facilitator shares the board from the app's Workshop menu, three participants join
 * in real (headless) Chromium, write, see each other's stickies arrive, see the timer and vote, while the app receives
 * their stickies as edits on its board and undoes one; a sticky named like markup stays text in every browser.
 */
class LiveWorkshopTest extends WindowTest {
    @TempDir
    static Path temp;
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        open(stage, documents().open(copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "board"))));
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
        robot.interact(() -> window.shared().stop());
    }

    @Test
    void threeParticipantsWriteSeeEachOtherVoteAndTheAppUndoesOne(FxRobot robot) throws Exception {
        Browsers.require();
        this.robot = robot;
        robot.clickOn("#menu-workshop").clickOn("#menu-invite");
        WaitForAsyncUtils.waitForFxEvents();
        String link = robot.lookup("#workshop-link").queryAs(TextField.class).getText();
        assertTrue(link.matches("http://[0-9.]+:\\d+/w/[A-Za-z0-9_-]{22}/"), link);
        assertTrue(robot.lookup("#workshop-qr").tryQuery().isPresent(), "the join link as a QR code");

        String[] names = {"Ana", "Ben", "Chloé"};
        for (int i = 0; i < names.length; i++) {
            ChromeDriver page = i == 0 ? Browsers.open(390, 844) : Browsers.open(1280, 800);
            browsers.add(page);
            page.get(link);
            joinField(page).sendKeys(names[i]);
            page.findElement(By.id("join-button")).click();
            Browsers.until(page, driver -> driver.findElement(By.id("status")).getText().startsWith("Live"));
        }
        waitFor(() -> window.shared().sessionProperty().get().participants().size() == 3, "three people in the room");

        String[] written = {"Refund Requested", "Coupon Applied", "Gift Wrapped"};
        for (int i = 0; i < browsers.size(); i++) {
            ChromeDriver page = browsers.get(i);
            page.findElement(By.id("text")).sendKeys(written[i]);
            page.findElement(By.id("add")).click();
        }
        for (String name : written) {
            waitFor(() -> !board().named(StickyKind.EVENT, name).isEmpty(), name + " on the app's board");
        }
        assertEquals(Text.of("Chloé"), board().get(board().named(StickyKind.EVENT, "Gift Wrapped").get(0)).get(Field.AUTHOR).orElseThrow());
        for (ChromeDriver page : browsers) {
            for (String name : written) {
                Browsers.until(page, driver -> listed(driver).contains(name));
            }
        }

        // The facilitator undoes the last sticky in the app: it leaves every page, and its author is told.
        robot.interact(() -> window.stage().requestFocus());
        robot.clickOn(canvas());
        shortcut(robot, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(board().named(StickyKind.EVENT, written[2]).isEmpty(), "undone in the app");
        // The author first: the toast stays five seconds, and waiting on the other pages first could outlast it on a
        // loaded machine. Its text stays in the live region after it fades, which is what a screen reader announced.
        Browsers.until(browsers.get(2), driver -> driver.findElement(By.id("toast")).getAttribute("textContent").equals(
                "The facilitator took your sticky 'Gift Wrapped' off the board."));
        for (ChromeDriver page : browsers) {
            Browsers.until(page, driver -> !listed(driver).contains(written[2]));
        }

        // A phase with a timer and a vote, from the app's workshop window.
        robot.clickOn("#workshop-start");
        robot.clickOn("#workshop-vote-open");
        WaitForAsyncUtils.waitForFxEvents();
        for (ChromeDriver page : browsers) {
            Browsers.until(page, driver -> driver.findElement(By.id("timer")).getText().matches("(9:[0-5]\\d|10:00)"));
            Browsers.until(page, driver -> driver.findElement(By.id("phase")).getText().equals("Chaotic exploration"));
            Browsers.until(page, driver -> driver.findElement(By.id("voting")).getText().startsWith("Vote open on hotspots · 3 of 3 dots left"));
        }
        ChromeDriver ben = browsers.get(1);
        openInList(ben, "Payment Race Condition");
        ben.findElement(By.id("vote-add")).click();
        waitFor(() -> "1".equals(
                board().get(board().named(StickyKind.HOTSPOT, "Payment Race Condition").get(0)).get(Field.VOTES).map(value -> ((Text) value).value()).orElse(
                        "")),
                "Ben's dot on the board");
        Browsers.until(ben, driver -> driver.findElement(By.id("voting")).getText().contains("2 of 3 dots left"));
        Browsers.until(browsers.get(0),
                driver -> listed(driver).contains("Payment Race Condition") && listedMeta(driver, "Payment Race Condition").contains("1 dot"));
    }

    @Test
    void markupInAStickyStaysTextInEveryBrowser(FxRobot robot) throws Exception {
        Browsers.require();
        this.robot = robot;
        robot.interact(() -> window.inviteParticipants());
        WaitForAsyncUtils.waitForFxEvents();
        String link = window.shared().linkProperty().get().toString();
        ChromeDriver writer = Browsers.open(1280, 800);
        ChromeDriver reader = Browsers.open(390, 844);
        browsers.add(writer);
        browsers.add(reader);
        for (ChromeDriver page : browsers) {
            page.get(link);
            joinField(page).sendKeys(page == writer ? "<b>Mallory</b>" : "Reader");
            page.findElement(By.id("join-button")).click();
            Browsers.until(page, driver -> driver.findElement(By.id("status")).getText().startsWith("Live"));
        }
        String hostile = "<img src=x onerror=\"window.owned=1\"><script>window.owned=2</script>";
        writer.findElement(By.id("text")).sendKeys(hostile);
        writer.findElement(By.id("add")).click();
        waitFor(() -> board().stickies().values().stream().anyMatch(s -> s.name().equals(hostile)), "the sticky on the board as written");
        for (ChromeDriver page : browsers) {
            Browsers.until(page, driver -> listed(driver).contains(hostile));
            assertNull(((JavascriptExecutor) page).executeScript("return window.owned"), "no script ran");
            assertTrue(page.findElements(By.cssSelector("img[src='x'], #sticky-list script, #sticky-list b")).isEmpty());
        }
    }

    @Test
    void whatAParticipantWritesWhileTheWiFiIsDownArrivesOnceWhenItIsBack(FxRobot robot) throws Exception {
        Browsers.require();
        this.robot = robot;
        robot.interact(() -> window.inviteParticipants());
        WaitForAsyncUtils.waitForFxEvents();
        java.net.URI direct = window.shared().linkProperty().get();
        try (DroppingProxy wifi = new DroppingProxy(java.net.InetAddress.getByName(direct.getHost()), direct.getPort())) {
            ChromeDriver page = Browsers.open(390, 844);
            browsers.add(page);
            page.get("http://127.0.0.1:" + wifi.port() + direct.getPath());
            joinField(page).sendKeys("Ana");
            page.findElement(By.id("join-button")).click();
            Browsers.until(page, driver -> driver.findElement(By.id("status")).getText().startsWith("Live"));

            wifi.drop();
            Browsers.until(page, driver -> driver.findElement(By.id("status")).getText().startsWith("Reconnecting"));
            for (String name : List.of("Written Offline", "Also Written Offline")) {
                page.findElement(By.id("text")).sendKeys(name);
                page.findElement(By.id("add")).click();
            }
            Browsers.until(page, driver -> driver.findElement(By.id("status")).getText().equals("Reconnecting… · 2 waiting"));
            Thread.sleep(1000);
            assertTrue(board().named(StickyKind.EVENT, "Written Offline").isEmpty(), "nothing reached the host while the network was down");

            // Back, and the page reloaded at once: what it wrote was kept in the browser, not in the closed page.
            wifi.restore();
            page.navigate().refresh();
            Browsers.until(page, driver -> driver.findElement(By.id("status")).getText().equals("Live"));
            waitFor(() -> board().named(StickyKind.EVENT, "Written Offline").size() == 1
                    && board().named(StickyKind.EVENT, "Also Written Offline").size() == 1, "both stickies on the board");
            // Dropped again just after sending: the answer is lost, the page sends again, the host applies it once.
            page.findElement(By.id("text")).sendKeys("Sent As It Dropped");
            page.findElement(By.id("add")).click();
            wifi.drop();
            Thread.sleep(500);
            wifi.restore();
            Browsers.until(page, driver -> driver.findElement(By.id("status")).getText().equals("Live"));
            waitFor(() -> board().named(StickyKind.EVENT, "Sent As It Dropped").size() == 1, "the sticky sent as it dropped, once");
            Thread.sleep(1000);
            for (String name : List.of("Written Offline", "Also Written Offline", "Sent As It Dropped")) {
                assertEquals(1, board().named(StickyKind.EVENT, name).size(), name + " once");
            }
        }
    }

    /** The page's name field, once the page shows it (a loaded machine may still be running the page's script). */
    private static WebElement joinField(WebDriver page) {
        return Browsers.until(page, driver -> {
            WebElement field = driver.findElement(By.id("join-name"));
            return field.isDisplayed() && field.isEnabled() ? field : null;
        });
    }

    /** The names of the page's list of stickies (opened first if needed). */
    private static String listed(WebDriver page) {
        WebElement toggle = page.findElement(By.id("list-toggle"));
        if ("false".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
        }
        return page.findElements(By.cssSelector("#sticky-list .name")).stream().map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
    }

    private static String listedMeta(WebDriver page, String name) {
        for (WebElement item : page.findElements(By.cssSelector("#sticky-list button"))) {
            if (item.findElement(By.className("name")).getText().equals(name)) {
                return item.findElement(By.className("meta")).getText();
            }
        }
        return "";
    }

    private static void openInList(WebDriver page, String name) {
        listed(page);
        for (WebElement item : page.findElements(By.cssSelector("#sticky-list button"))) {
            if (item.findElement(By.className("name")).getText().equals(name)) {
                item.click();
                return;
            }
        }
        throw new AssertionError(name + " is not in the list");
    }

    private void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            WaitForAsyncUtils.waitForFxEvents();
            boolean[] met = new boolean[1];
            robot.interact(() -> met[0] = condition.getAsBoolean());
            if (met[0]) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within 20 s: " + what);
    }
}
