package org.eventstorm.exporters.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FieldValue;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.SampleBoards;
import org.eventstorm.model.timeline.Step;
import org.eventstorm.model.timeline.Timeline;
import org.eventstorm.model.timeline.TimelineBuilder;
import org.junit.jupiter.api.Test;

/** What is a step of the timeline, and in which order: the one ordering every view of the timeline shows. */
class TimelineStepsTest {

    private static Timeline timeline(Board board) {
        return new TimelineBuilder(board, new LinkIndex(BoardLinks.of(board))).build();
    }

    private static List<String> steps(Board board) {
        return timeline(board).steps().stream().map(TimelineMarkdown::step).toList();
    }

    private static void add(Board board, int x, StickyKind kind, String name, Object... fieldsAndValues) {
        Sticky sticky = kind.create(name);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            sticky = sticky.with((Field) fieldsAndValues[i], (FieldValue) fieldsAndValues[i + 1]);
        }
        board.apply(AddSticky.at(sticky, new Geometry(x, 40, kind.defaultWidth(), kind.defaultHeight())));
    }

    @Test
    void aStickyLinkedToNothingIsNotAStepFromProcessOn() {
        Board board = Board.empty(BoardSettings.titled("Returns").withLevel(Level.PROCESS));
        add(board, 0, StickyKind.COMMAND, "Return Item", Field.PRODUCES_EVENTS, Markdown.list("Item Returned"));
        add(board, 200, StickyKind.EVENT, "Item Returned");
        add(board, 400, StickyKind.EVENT, "Refund Issued");
        add(board, 600, StickyKind.READ_MODEL, "Returns Queue");
        add(board, 800, StickyKind.COMMAND, "Print Label");
        assertEquals(List.of("**[Return Item]**", "**[Return Item]** \u2192 `Item Returned`"), steps(board),
                "a stray event, read model or command is not yet part of the story");
    }

    @Test
    void aBigPictureIsItsEventsLeftToRight() {
        Board board = Board.empty(BoardSettings.titled("Kick-off").withLevel(Level.BIG_PICTURE));
        add(board, 400, StickyKind.EVENT, "Refund Issued");
        add(board, 0, StickyKind.EVENT, "Item Returned");
        assertEquals(List.of("`Item Returned`", "`Refund Issued`"), steps(board), "no event is linked yet at big picture");
    }

    @Test
    void theCommandAPolicyIssuesIsAStepAfterTheEventThatTriggersIt() {
        List<String> steps = steps(SampleBoards.orderFulfillment());
        int placed = steps.indexOf("**Order** \u2192 `Order Placed` \u2192 **POLICY: Reserve Inventory**");
        int reserve = steps.indexOf("**POLICY: Reserve Inventory** \u2192 **[Reserve Inventory]** \u2192 **Inventory**");
        int reserved = steps.indexOf("**Inventory** \u2192 `Inventory Reserved` \u2192 **POLICY: Authorize Payment**");
        assertTrue(placed >= 0 && reserve > placed && reserved > reserve, "the event, the command its policy issues, that command's"
                + " event: " + steps);
    }

    @Test
    void aCommandsActorWrittenAsTextAppearsInItsStep() throws Exception {
        Board board = BoardReader.read(Path.of("../model/src/test/resources/seed-templates")).board();
        Timeline timeline = timeline(board);
        assertTrue(timeline.steps().stream().map(TimelineMarkdown::step).anyMatch(step -> step.startsWith("**Customer** \u2192 **[Place Order]**")),
                "the spec's command template names its actor only as text: " + timeline.steps().stream().map(TimelineMarkdown::step).toList());
        assertEquals("Customer Journey", timeline.journey());
    }

    @Test
    void aHotspotIsNumberedWithEveryStepOfWhatItIsAbout() {
        Timeline timeline = timeline(SampleBoards.orderFulfillment());
        List<String> steps = timeline.steps().stream().map(TimelineMarkdown::step).toList();
        Timeline.HotspotSteps race = timeline.hotspots().stream().filter(
                entry -> entry.hotspot().toString().equals("hotspots/payment-race-condition")).findFirst().orElseThrow();
        for (int number : race.steps()) {
            assertTrue(steps.get(number - 1).contains("Authorize Payment"), number + ": " + steps.get(number - 1));
        }
        assertEquals(2, race.steps().size(), "the policy's reaction and the command it issues: " + race.steps());
    }

    @Test
    void aWrittenActorIsDrawnInThePictureToo() throws Exception {
        Board board = BoardReader.read(Path.of("../model/src/test/resources/seed-templates")).board();
        String graph = TimelineGraph.of(timeline(board), board, new LinkIndex(BoardLinks.of(board)), 100).toString();
        assertTrue(graph.contains("\"Customer\""), graph);
    }
}
