package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.link.ReferenceResolver;
import org.eventstorm.model.link.ResolvedReference;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.BoardFolders;
import org.eventstorm.model.support.SampleBoards;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SamplesTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"order-fulfillment", "user-registration", "empty"})
    void sampleLoadsCleanIsCanonicalAndRoundTripsByteForByte(String name) throws IOException {
        Path folder = BoardFolders.copyOfSample(name, temp);
        Map<String, String> before = BoardFolders.contents(folder);
        LoadedBoard loaded = BoardReader.read(folder);
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of(), loaded.files().format(loaded.board(), false), "fmt --check finds nothing to change");
        loaded.files().save(loaded.board());
        assertEquals(before, BoardFolders.contents(folder));
        BoardFiles.forNewBoard(temp.resolve("copy")).save(loaded.board());
        Map<String, String> fresh = BoardFolders.contents(temp.resolve("copy"));
        for (String path : before.keySet()) {
            if (path.startsWith("versioning/")) {
                // The strategies keep the feature spec's comments ("Always write latest version"), which a new file cannot know;
                // what they say reads back equal.
                assertEquals(loaded.board().definitions().get(org.eventstorm.model.definition.DefinitionId.parse(path).orElseThrow()),
                        BoardReader.read(temp.resolve("copy")).board().definitions().get(
                                org.eventstorm.model.definition.DefinitionId.parse(path).orElseThrow()),
                        path);
            } else {
                assertEquals(before.get(path), fresh.get(path), "written from the model alone, " + path + " is the same");
            }
        }
        assertEquals(before.keySet(), fresh.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"order-fulfillment", "user-registration"})
    void everyReferenceResolvesToExactlyOneSticky(String name) {
        Board board = SampleBoards.load(name).board();
        ReferenceResolver resolver = new ReferenceResolver(board);
        board.stickies().forEach((id, sticky) -> {
            for (ResolvedReference reference : resolver.referencesOf(id, sticky)) {
                assertEquals(1, reference.targets().size(), id + " " + reference.field().label() + ": " + reference.reference().written());
            }
        });
    }

    @Test
    void orderFulfillmentIsTheSeedsOrderManagementFlow() {
        Board board = SampleBoards.orderFulfillment();
        // the feature spec's eight kinds: its flow has no free note
        assertEquals(EnumSet.complementOf(EnumSet.of(StickyKind.NOTE)),
                board.ids().stream().map(id -> id.kind()).collect(Collectors.toCollection(() -> EnumSet.noneOf(StickyKind.class))));
        assertEquals(List.of("Cart", "Order", "Inventory", "Payment", "Fulfillment"),
                board.settings().contexts().stream().map(BoundedContext::name).toList());
        assertEquals("001-order-processing", board.settings().feature());
        assertEquals(Level.DESIGN, board.settings().level(), "it has aggregates, schemas and a saga");
        assertEquals(Set.of("Payment Race Condition", "Inventory Sync Delay"),
                board.stickies().values().stream().filter(Hotspot.class::isInstance).map(Sticky::name).collect(Collectors.toSet()));
        for (String name : List.of("Reserve Inventory", "Authorize Payment", "Create Shipment")) {
            Command command = (Command) board.get(board.named(StickyKind.COMMAND, name).get(0));
            assertTrue(command.service().isPresent() && command.compensation().isPresent() && command.timeout().isPresent(), name);
        }
        for (Sticky sticky : board.stickies().values()) {
            if (sticky instanceof DomainEvent event) {
                assertTrue(!event.schema().isEmpty() && event.eventType().isPresent(), event.name());
            }
        }
    }

    @Test
    void orderFulfillmentStickiesSitInTheirContextsLaneWithoutOverlapping() {
        Board board = SampleBoards.orderFulfillment();
        board.stickies().forEach((id, sticky) -> {
            Geometry place = board.geometry(id).orElseThrow();
            sticky.content().text(org.eventstorm.model.sticky.Field.CONTEXT).ifPresent(
                    context -> assertEquals(context, board.settings().contextAtY(place.centerY()).orElseThrow().name(), id.toString()));
            board.geometries().forEach((other, otherPlace) -> {
                if (!other.equals(id)) {
                    assertTrue(!place.crowds(otherPlace, 10), id + " crowds " + other);
                }
            });
        });
    }

    @Test
    void userRegistrationEventHasThreeVersions() {
        Board board = SampleBoards.load("user-registration").board();
        DomainEvent event = (DomainEvent) board.get(board.named(StickyKind.EVENT, "User Registered").get(0));
        assertEquals(List.of("v1", "v2", "v3"), event.versions().stream().map(v -> v.version()).toList());
        assertEquals(List.of("deprecated", "current", "beta"), event.versions().stream().map(v -> v.status()).toList());
        assertEquals("2027-06-30", event.versions().get(0).sunsetDate());
        assertEquals(List.of("userId", "email", "name"), event.versions().get(0).schema().stream().map(f -> f.name()).toList());
    }
}
