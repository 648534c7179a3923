package org.eventstorm.app.cli;

import static org.eventstorm.app.cli.EventStormCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path temp;

    private Path exported(String sample) {
        Path out = temp.resolve("exported-" + sample);
        EventStormCommandTest.Run export = run("export", "../samples/" + sample, "--to", out.toString(), "--format", "asyncapi");
        assertEquals(0, export.exitCode(), export.err());
        return out.resolve("asyncapi");
    }

    @Test
    void theOrderSamplesAsyncApiBecomesABoardThatExportsTheSameDocuments() throws IOException {
        Path documents = exported("order-fulfillment");
        Path board = temp.resolve("orders-again");
        EventStormCommandTest.Run imported = run("import", "asyncapi", documents.toString(), "--into", board.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals("imported 5 AsyncAPI documents into " + board + " (a new board): added 10 events, 9 commands, 5 aggregates, 4 policies"
                + " and 5 bounded contexts\n", imported.out());
        LoadedBoard loaded = BoardReader.read(board);
        assertEquals(0, loaded.problems().size(), loaded.problems().toString());
        assertEquals(28, loaded.board().size());
        Path again = temp.resolve("again");
        assertEquals(0, run("export", board.toString(), "--to", again.toString(), "--format", "asyncapi").exitCode());
        assertEquals(BoardFolders.contents(documents), BoardFolders.contents(again.resolve("asyncapi")), "the same documents");
    }

    @Test
    void importingIntoTheBoardItCameFromChangesNothingAndSaysWhatItSkipped() throws IOException {
        Path documents = exported("order-fulfillment");
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Map<String, String> before = BoardFolders.contents(board);
        EventStormCommandTest.Run imported = run("import", "asyncapi", documents.toString(), "--into", board.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("added nothing; skipped 19\n"), imported.out());
        assertTrue(imported.out().contains("  skipped event Order Placed: already on the board (events/order-placed.md), kept as it is\n"), imported.out());
        assertEquals(before, BoardFolders.contents(board), "no file changed");
    }

    @Test
    void anotherSystemsDocumentsMergeIntoABoardWithoutChangingWhatWasWritten() throws IOException {
        Path documents = exported("user-registration");
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Map<String, String> before = BoardFolders.contents(board);
        EventStormCommandTest.Run imported = run("import", "asyncapi", documents.toString(), "--into", board.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        Map<String, String> after = BoardFolders.contents(board);
        for (Map.Entry<String, String> file : before.entrySet()) {
            if (!file.getKey().equals("board.yaml")) {
                assertEquals(file.getValue(), after.get(file.getKey()), file.getKey() + " is as it was");
            }
        }
        assertTrue(after.containsKey("events/user-registered.md"), after.keySet().toString());
        String settings = after.get("board.yaml");
        assertTrue(settings.contains("  - name: Identity\n    service: user-service\n"), settings);
        assertTrue(settings.startsWith(before.get("board.yaml").substring(0, before.get("board.yaml").indexOf("geometry:")).replace("geometry:", "")),
                "the board's own contexts stay first and unchanged");
        LoadedBoard loaded = BoardReader.read(board);
        assertEquals(0, loaded.problems().size(), loaded.problems().toString());
    }

    @Test
    void aBadDocumentIsLocatedAndTheBoardIsUnchanged() throws IOException {
        Path board = BoardFolders.copyOfSample("order-fulfillment", temp);
        Map<String, String> before = BoardFolders.contents(board);
        Path document = temp.resolve("old.yaml");
        Files.writeString(document, "asyncapi: 2.6.0\ninfo:\n  title: Old\n  version: 1.0.0\nchannels: {}\n");
        EventStormCommandTest.Run imported = run("import", "asyncapi", document.toString(), "--into", board.toString());
        assertEquals(2, imported.exitCode());
        assertEquals(document + ":1: error: asyncapi: is 2.6.0; this reads AsyncAPI 3.0 and 3.1 documents (the AsyncAPI CLI's 'asyncapi convert' turns a"
                + " 2.x document into 3.0)\neventstorm import: nothing imported; " + board + " is unchanged\n", imported.err());
        assertEquals(before, BoardFolders.contents(board));
        assertFalse(Files.exists(temp.resolve("new-board")));
        assertEquals(2, run("import", "asyncapi", document.toString(), "--into", temp.resolve("new-board").toString()).exitCode());
        assertFalse(Files.exists(temp.resolve("new-board")), "no board is started from a bad document");
    }

    @Test
    void anUnknownFormatIsNamed() {
        EventStormCommandTest.Run imported = run("import", "openapi", "x.yaml", "--into", temp.resolve("b").toString());
        assertEquals(2, imported.exitCode());
        assertEquals("eventstorm import: unknown format 'openapi'; use asyncapi or eventcatalog\n", imported.err());
    }

    @Test
    void theOrderSamplesEventCatalogBecomesABoardWithTheSameEventsServicesAndLinks() throws IOException {
        Path catalog = temp.resolve("catalog");
        assertEquals(0, run("export", "../samples/order-fulfillment", "--to", catalog.toString(), "--format", "eventcatalog").exitCode());
        Path board = temp.resolve("from-catalog");
        EventStormCommandTest.Run imported = run("import", "eventcatalog", catalog.toString(), "--into", board.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals("imported the EventCatalog in " + catalog + " into " + board + " (a new board): added 10 events, 9 commands, 5 aggregates, 4 policies"
                + " and 5 bounded contexts\n", imported.out());
        LoadedBoard loaded = BoardReader.read(board);
        assertEquals(0, loaded.problems().size(), loaded.problems().toString());
        Path again = temp.resolve("again");
        assertEquals(0, run("export", board.toString(), "--to", again.toString(), "--format", "asyncapi").exitCode());
        assertEquals(0, run("export", "../samples/order-fulfillment", "--to", temp.resolve("first").toString(), "--format", "asyncapi").exitCode());
        Map<String, String> first = BoardFolders.contents(temp.resolve("first/asyncapi"));
        Map<String, String> second = BoardFolders.contents(again.resolve("asyncapi"));
        assertEquals(first.keySet(), second.keySet(), "the same services");
    }

    @Test
    void aCatalogWithASchemaOutsideItIsRefusedAtItsLine() throws IOException {
        Path catalog = temp.resolve("hostile-catalog");
        BoardFolders.write(catalog.resolve("events/leak/index.mdx"), "---\nid: leak\nname: Leak\nversion: 1.0.0\nschemaPath: ../../../../etc/passwd\n---\n");
        Path board = temp.resolve("never");
        EventStormCommandTest.Run imported = run("import", "eventcatalog", catalog.toString(), "--into", board.toString());
        assertEquals(2, imported.exitCode());
        assertEquals(catalog.toAbsolutePath().normalize().resolve("events/leak/index.mdx") + ":5: error: schemaPath: ../../../../etc/passwd names no schema"
                + " file beside the page; only files in the page's folder are read\neventstorm import: nothing imported; " + board + " is unchanged\n",
                imported.err());
        assertFalse(Files.exists(board));
    }
}
