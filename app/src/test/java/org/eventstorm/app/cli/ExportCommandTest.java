package org.eventstorm.app.cli;

import static org.eventstorm.app.cli.EventStormCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path temp;

    @Test
    void exportsTheChosenFormatsOfTheSample() throws IOException {
        Path out = temp.resolve("out");
        EventStormCommandTest.Run result = run("export", "../samples/order-fulfillment", "--to", out.toString(), "--format", "spec,eventcatalog");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("spec: 40 files in "), result.out());
        assertTrue(result.out().contains("\neventcatalog: "), result.out());
        assertTrue(Files.exists(out.resolve("specs/001-order-processing/event-storming/order-fulfillment/index.md")));
        assertTrue(Files.exists(out.resolve("eventcatalog/events/order-placed/index.mdx")));
        assertTrue(Files.notExists(out.resolve("timeline")), "only the formats asked for");
    }

    @Test
    void allFormatsOfAHostileBoardStayInsideTheTarget() throws IOException {
        Path out = temp.resolve("out");
        EventStormCommandTest.Run result = run("export", "../exporters/src/test/resources/boards/hostile", "--to", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        List<Path> written;
        try (Stream<Path> files = Files.walk(temp)) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertTrue(written.stream().allMatch(file -> file.startsWith(out)), written.toString());
        assertTrue(written.stream().anyMatch(file -> file.endsWith("timeline/timeline.png")), written.toString());
        assertTrue(written.stream().anyMatch(file -> file.endsWith("picture/board.svg")), written.toString());
    }

    @Test
    void anUnknownFormatIsRefusedWithTheKnownOnes() {
        EventStormCommandTest.Run result = run("export", "../samples/order-fulfillment", "--to", temp.toString(), "--format", "pdf");
        assertEquals(2, result.exitCode());
        assertEquals(
                "eventstorm export: unknown format 'pdf'; use one or more of spec, timeline, eventcatalog, picture, saga, saga-code, state-machine, versioning, asyncapi, or all\n",
                result.err());
    }

    @Test
    void sagaFormatsTakeALanguage() throws IOException {
        Path out = temp.resolve("out");
        EventStormCommandTest.Run result = run("export", "../samples/order-fulfillment", "--to", out.toString(), "--format",
                "saga,saga-code:go,state-machine");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.exists(out.resolve("sagas/order-fulfillment-saga.yml")));
        assertTrue(Files.exists(out.resolve("saga-code/go/orderfulfillmentsaga/order_fulfillment_saga.go")));
        assertTrue(Files.notExists(out.resolve("saga-code/java")), "only the language asked for");
        assertTrue(Files.exists(out.resolve("state-machines/order-fulfillment-saga.txt")));
        EventStormCommandTest.Run wrong = run("export", "../samples/order-fulfillment", "--to", out.toString(), "--format", "saga-code:cobol");
        assertEquals(2, wrong.exitCode());
        assertEquals("eventstorm export: the format saga-code has the options java, ts, go, not 'cobol'\n", wrong.err());
    }

    @Test
    void asyncapiWritesADocumentPerServiceWithAChannelPerVersion() throws IOException {
        Path out = temp.resolve("asyncapi");
        EventStormCommandTest.Run result = run("export", "../samples/user-registration", "--to", out.toString(), "--format", "asyncapi");
        assertEquals(0, result.exitCode(), result.err());
        String users = Files.readString(out.resolve("asyncapi/user-service.yaml"));
        for (String version : List.of("v1", "v2", "v3")) {
            assertTrue(users.contains("  send-user-registered-" + version + ":\n    action: send\n"), version + " in\n" + users);
        }
        assertTrue(Files.readString(out.resolve("asyncapi/email-service.yaml")).contains("action: receive"), "the email service reacts to the registration");
    }

    @Test
    void versioningWritesEachVersionsSchemasAndTheTransformer() {
        Path out = temp.resolve("versions");
        EventStormCommandTest.Run result = run("export", "../samples/user-registration", "--to", out.toString(), "--format", "versioning");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.exists(out.resolve("versioning/user-registered/schemas/user-registered.v3.avro")));
        assertTrue(Files.exists(out.resolve("versioning/user-registered/strategies/user-registered-strategy.yml")));
        assertTrue(Files.exists(out.resolve("versioning-code/java/src/main/java/versioning/userregistered/UserRegisteredTransformer.java")));
        assertTrue(Files.exists(out.resolve("versioning-code/ts/src/user-registered.ts")));
    }

    @Test
    void aSagaWithACycleIsRefusedWithTheFileToFix() throws IOException {
        Path board = org.eventstorm.model.support.BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        Path saga = board.resolve("sagas/order-fulfillment-saga.yml");
        Files.writeString(saga,
                Files.readString(saga).replace("    - id: reserve-inventory\n", "    - id: reserve-inventory\n      depends_on: [confirm-order]\n"));
        EventStormCommandTest.Run result = run("export", board.toString(), "--to", temp.resolve("out").toString(), "--format", "saga-code");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("eventstorm export: sagas/order-fulfillment-saga.yml: the steps"), result.err());
    }

    @Test
    void aBoardWhoseChainReachesOneCommandIsToldWhyItGetsNoSaga() throws IOException {
        Path board = org.eventstorm.model.support.BoardFolders.copyOfSample("order-fulfillment", temp.resolve("board"));
        try (var sagas = Files.list(board.resolve("sagas"))) {
            for (Path file : sagas.toList()) {
                Files.delete(file);
            }
        }
        for (String policy : new String[] {"authorize-payment", "confirm-shipped-order", "initiate-fulfillment"}) {
            Files.delete(board.resolve("policies/" + policy + ".md"));
        }
        EventStormCommandTest.Run result = run("export", board.toString(), "--to", temp.resolve("out").toString(), "--format", "saga,saga-code");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("saga: no saga: no event sets off two or more commands: 'Order Placed' sets off one command,"
                + " 'Reserve Inventory'; add a policy on 'Inventory Reserved' that issues the next command\n"), result.out());
        assertTrue(result.out().contains("saga-code: no saga: "), result.out());
    }

    @Test
    void aBoardWhoseStickiesAreNotLinkedYetIsToldWhyItsTimelineAndFlowAreEmpty() throws IOException {
        Path board = temp.resolve("unlinked");
        Files.createDirectories(board.resolve("events"));
        Files.writeString(board.resolve("board.yaml"), "title: Unlinked\nlevel: process\n");
        Files.writeString(board.resolve("events/order-placed.md"), "---\ntype: event-storming-event\nname: Order Placed\n---\n");
        EventStormCommandTest.Run result = run("export", board.toString(), "--to", temp.resolve("out").toString(), "--format", "timeline,eventcatalog");
        assertEquals(0, result.exitCode(), result.err());
        String why = "none of its 1 command, event or read model is linked yet; from the process level on, a sticky joins the timeline once"
                + " it is linked: draw an arrow from a command to the event it produces";
        assertTrue(result.out().contains("timeline: no steps: " + why + "\n"), result.out());
        assertTrue(result.out().contains("eventcatalog: no flow: " + why + "\n"), result.out());
        assertTrue(Files.readString(temp.resolve("out/timeline/timeline.md")).contains("No steps yet: " + why + "."));
    }

    @Test
    void theHelpNamesEveryBoundFormat() {
        List<String> bound = new java.util.ArrayList<>(ExportCommand.exporters().keySet());
        bound.add("all");
        assertEquals(bound, new ExportCommand.FormatNames());
    }
}
