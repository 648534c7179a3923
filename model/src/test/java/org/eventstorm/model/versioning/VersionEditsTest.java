package org.eventstorm.model.versioning;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSnapshot;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.edit.VersionEdits;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.support.BoardFolders;
import org.eventstorm.model.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versions panel's edits on the samples: each one undo step, saved as a person would write it, the strategy following. */
class VersionEditsTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final DefinitionId PARALLEL = DefinitionId.of(DefinitionKind.STRATEGY, "user-registered-strategy");

    @TempDir
    Path temp;

    private LoadedBoard copy(String sample) throws Exception {
        return BoardReader.read(BoardFolders.copyOfSample(sample, temp.resolve(sample)));
    }

    private static DomainEvent event(Board board, String id) {
        return (DomainEvent) board.get(id(id));
    }

    @Test
    void aNewVersionCopiesTheNewestSchemaInBetaAndUndoesInOneStep() throws Exception {
        LoadedBoard loaded = copy("user-registration");
        Board board = loaded.board();
        BoardSnapshot before = board.snapshot();
        board.apply(VersionEdits.addVersion(board, id("events/user-registered")));
        List<EventVersion> versions = event(board, "events/user-registered").versions();
        assertEquals(List.of("v1", "v2", "v3", "v4"), versions.stream().map(EventVersion::version).toList());
        assertEquals("beta", versions.get(3).status());
        assertEquals(versions.get(2).schema(), versions.get(3).schema());
        board.undo();
        assertEquals(before, board.snapshot());
    }

    @Test
    void anEventWithOneSchemaGetsItsVersionsListAndTheSchemaMovesIntoIt() throws Exception {
        LoadedBoard loaded = copy("order-fulfillment");
        Board board = loaded.board();
        List<SchemaField> schema = event(board, "events/order-placed").schema();
        board.apply(VersionEdits.addVersion(board, id("events/order-placed")));
        DomainEvent event = event(board, "events/order-placed");
        assertEquals(List.of(), event.schema(), "the schema is not written twice");
        assertEquals(List.of(new EventVersion("v1", "current", "", schema, Map.of()), new EventVersion("v2", "beta", "", schema, Map.of())),
                event.versions());
        loaded.files().save(board);
        String text = Files.readString(loaded.files().root().resolve("events/order-placed.md"));
        assertTrue(text.contains("version: \"1\"\nversions:\n  - version: v1\n    status: current\n    schema:\n      - name: orderId\n"), text);
        assertEquals(event.versions(), event(BoardReader.read(loaded.files().root()).board(), "events/order-placed").versions());
    }

    @Test
    void deprecatingAVersionSetsItsSunsetAndTheParallelStrategyFollowsKeepingItsComments() throws Exception {
        LoadedBoard loaded = copy("user-registration");
        Board board = loaded.board();
        board.apply(VersionEdits.deprecate(board, id("events/user-registered"), "v2", LocalDate.of(2027, 12, 31)));
        EventVersion v2 = EventVersions.find(event(board, "events/user-registered"), "v2").orElseThrow();
        assertEquals(List.of("deprecated", "2027-12-31"), List.of(v2.status(), v2.sunsetDate()));
        ParallelVersions parallel = (ParallelVersions) board.definition(PARALLEL).orElseThrow();
        assertEquals("2027-12-31", parallel.version("v2").orElseThrow().sunsetDate());
        loaded.files().save(board);
        String strategy = Files.readString(loaded.files().root().resolve(PARALLEL.path()));
        assertTrue(strategy.contains("    status: deprecated\n    sunset_date: 2027-12-31\n\n  v3:"), strategy);
        assertTrue(strategy.contains("mode: dual  # Publish to both v2 and v3 during migration"), strategy);
        assertEquals(List.of(), Validator.check(board, TODAY).findings());
        board.undo();
        assertEquals("current", ((ParallelVersions) board.definition(PARALLEL).orElseThrow()).version("v2").orElseThrow().status());
    }

    @Test
    void makingAVersionCurrentDeprecatesTheOldOneAndMovesTheEventTypeAlong() throws Exception {
        Board board = copy("user-registration").board();
        board.apply(VersionEdits.makeCurrent(board, id("events/user-registered"), "v3"));
        DomainEvent event = event(board, "events/user-registered");
        assertEquals(List.of("deprecated", "deprecated", "current"), event.versions().stream().map(EventVersion::status).toList());
        assertEquals("v3", event.version().orElseThrow());
        assertEquals("users.user.registered.v3", event.eventType().orElseThrow());
        ParallelVersions parallel = (ParallelVersions) board.definition(PARALLEL).orElseThrow();
        assertEquals(List.of("deprecated", "deprecated", "current"), parallel.versions().stream().map(channel -> channel.status()).toList());
    }

    @Test
    void aVersionsSchemaIsEditedAloneAndAnUnknownVersionIsRefused() throws Exception {
        Board board = copy("user-registration").board();
        List<SchemaField> fields = List.of(new SchemaField("userId", "string", true, "", Map.of()));
        board.apply(VersionEdits.setSchema(board, id("events/user-registered"), "v1", fields));
        assertEquals(fields, EventVersions.find(event(board, "events/user-registered"), "v1").orElseThrow().schema());
        assertEquals(7, EventVersions.find(event(board, "events/user-registered"), "v3").orElseThrow().schema().size());
        assertThrows(EditRefused.class, () -> board.apply(VersionEdits.deprecate(board, id("events/user-registered"), "v9", LocalDate.of(2027, 1, 1))));
        assertThrows(EditRefused.class, () -> VersionEdits.addVersion(board, id("commands/register-user")));
    }

    @Test
    void theNextVersionIsOneMajorUpAndNeverTaken() {
        assertEquals("v3", VersionNumber.next(List.of("v1", "2")));
        assertEquals("v2", VersionNumber.next(List.of("beta", "v1")));
        assertEquals("v1", VersionNumber.next(List.of("draft")));
    }
}
