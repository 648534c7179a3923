package org.eventstorm.app.window;

import static org.eventstorm.model.support.BoardFolders.copyOfSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.eventstorm.model.board.Boundary;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.edit.EditBoundary;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.render.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sample boards on a 1920 x 1080 screen, zoomed to fit as a facilitator projects them: every sticky's whole name
 * is drawn, wrapped and never cut, in type at least 14 pixels high, no two names cross, and a boundary's label is as
 * readable. The text is measured as the canvas's painter draws it at the view's scale.
 */
class ProjectorReadabilityTest extends WindowTest {
    static final double READABLE = 14;
    @TempDir
    static Path temp;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @ValueSource(strings = {"order-fulfillment", "user-registration"})
    void everyNameIsWholeAndReadableAtZoomToFitOnA1080pScreen(String sample, FxRobot robot) throws IOException {
        this.robot = robot;
        var document = documents().open(copyOfSample(sample, Files.createTempDirectory(temp, sample)));
        robot.interact(() -> {
            open(stage, document);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.document().apply(EditBoundary.add(new Boundary(board().settings().contexts().isEmpty() ? 600 : 1165,
                "Checkout Ends"))));
        robot.clickOn(canvas());
        shortcut(robot, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        double scale = assertEveryNameReadable(sample);

        // A name's card is the sticky: a click on the card beyond the sticky's box selects it.
        for (var entry : board().stickies().entrySet()) {
            StickyId id = entry.getKey();
            Sticky sticky = entry.getValue();
            Geometry box = board().geometry(id).orElseThrow();
            Area shown = canvas().shownArea(id);
            if (shown.minY() < box.y() - 2 / scale) {
                Point2D onCard = window.canvasModel().viewport().toScreen(box.centerX(), (shown.minY() + box.y()) / 2);
                robot.clickOn(canvas().localToScreen(onCard));
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(List.of(id), List.copyOf(window.canvasModel().selection()), "a click above the box of '" + sticky.name()
                        + "', on its card, selects it");
                return;
            }
        }
        assertTrue(sample.equals("user-registration"), "the order sample at zoom to fit has names on cards larger than their stickies");
    }

    @Test
    void theProjectorViewShowsTheBoardAloneFullScreenAndF11BringsThePanelsBack(FxRobot robot) throws IOException {
        this.robot = robot;
        var document = documents().open(copyOfSample("order-fulfillment", Files.createTempDirectory(temp, "projected")));
        robot.interact(() -> {
            open(stage, document);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(canvas());
        shortcut(robot, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        double windowed = window.canvasModel().viewport().scale();
        double width = canvas().getWidth();

        clickMenu(robot, "View", "Projector View");
        settle(() -> stage.isFullScreen() && Math.abs(canvas().getWidth() - stage.getWidth()) < 1);
        assertTrue(window.isProjecting() && stage.isFullScreen());
        assertTrue(robot.lookup("#problems-list").tryQuery().map(node -> node.getScene() == null).orElse(true), "the problems are aside");
        assertEquals(stage.getWidth(), canvas().getWidth(), 1, "the canvas is the whole width");
        assertTrue(window.canvasModel().viewport().scale() > windowed * 1.2, "zoomed to fit the larger canvas: "
                + windowed + " -> " + window.canvasModel().viewport().scale());
        assertEveryNameReadable("order-fulfillment-projected");

        robot.type(KeyCode.F11);
        settle(() -> !stage.isFullScreen() && Math.abs(canvas().getWidth() - width) < 2);
        assertTrue(!window.isProjecting() && !stage.isFullScreen());
        assertTrue(robot.lookup("#problems-list").tryQuery().isPresent(), "the problems are back");
        assertEquals(width, canvas().getWidth(), 2, "the panels are where they were; the window is " + stage.getWidth() + " wide");
        assertEquals(windowed, window.canvasModel().viewport().scale(), 1e-9, "and the view is where it was");
    }

    /** Waits up to five seconds for the window to be laid out as {@code done} says (going full screen takes a few pulses). */
    private void settle(java.util.function.BooleanSupplier done) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
                boolean[] now = new boolean[1];
                robot.interact(() -> now[0] = done.getAsBoolean());
                return now[0];
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertions that follow say what is wrong
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Draws the view as the canvas does and checks every name in it; returns the view's scale. */
    private double assertEveryNameReadable(String sample) throws IOException {
        BufferedImage image = new BufferedImage((int) canvas().getWidth(), (int) canvas().getHeight(), BufferedImage.TYPE_INT_ARGB);
        RecordedText drawn = new RecordedText(image);
        robot.interact(() -> canvas().paintView(drawn));
        Path picture = Path.of("target", "projector-" + sample + ".png");
        Files.createDirectories(picture.getParent());
        ImageIO.write(image, "png", picture.toFile());
        double scale = window.canvasModel().viewport().scale();
        String where = sample + " at " + Math.round(scale * 100) + " % in a " + Math.round(canvas().getWidth()) + " x "
                + Math.round(canvas().getHeight()) + " canvas (" + picture.toAbsolutePath() + ")";

        List<RecordedText.Drawn> texts = drawn.drawn();
        for (Sticky sticky : board().stickies().values()) {
            List<RecordedText.Drawn> lines = linesOf(sticky.name(), texts);
            assertTrue(!lines.isEmpty(), "'" + sticky.name() + "' is not drawn whole on " + where + "; drawn: "
                    + texts.stream().map(RecordedText.Drawn::text).collect(Collectors.joining(" | ")));
            for (RecordedText.Drawn line : lines) {
                assertTrue(line.left() >= 0 && line.right() <= canvas().getWidth() && line.top() >= 0 && line.bottom() <= canvas().getHeight(),
                        "'" + line.text() + "' of '" + sticky.name() + "' is in view on " + where + ": " + line);
                assertTrue(line.pixels() >= READABLE, "'" + line.text() + "' of '" + sticky.name() + "' is " + line.pixels()
                        + " px high on " + where);
            }
        }
        assertTrue(board().settings().boundaries().isEmpty()
                || texts.stream().anyMatch(text -> text.text().equals("Checkout Ends") && text.pixels() >= READABLE),
                "the boundary's label at 14 px or more on " + where);
        for (RecordedText.Drawn text : texts) {
            assertTrue(!text.text().contains("\u2026"), "'" + text.text() + "' is cut on " + where);
        }
        List<String> crossing = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (texts.get(i).overlaps(texts.get(j))) {
                    crossing.add("'" + texts.get(i).text() + "' and '" + texts.get(j).text() + "'");
                }
            }
        }
        assertEquals(List.of(), crossing, "texts crossing on " + where);
        return scale;
    }

    /** The run of drawn lines that together say {@code name}, one after the other; empty when there is none. */
    private static List<RecordedText.Drawn> linesOf(String name, List<RecordedText.Drawn> texts) {
        String wanted = String.join(" ", name.strip().split("\\s+"));
        for (int first = 0; first < texts.size(); first++) {
            StringBuilder said = new StringBuilder();
            for (int last = first; last < texts.size() && said.length() < wanted.length(); last++) {
                said.append(said.length() == 0 ? "" : " ").append(texts.get(last).text());
                if (said.toString().equals(wanted)) {
                    return texts.subList(first, last + 1);
                }
            }
        }
        return List.of();
    }
}
