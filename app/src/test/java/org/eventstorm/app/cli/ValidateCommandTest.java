package org.eventstorm.app.cli;

import static org.eventstorm.model.support.BoardFolders.copy;
import static org.eventstorm.app.cli.EventStormCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path temp;

    private static Set<ValidationMessage> validate(String schemaResource, String json) throws IOException {
        try (InputStream schema = ValidateCommandTest.class.getResourceAsStream(schemaResource)) {
            JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
            return compiled.validate(JSON.readTree(json));
        }
    }

    @Test
    void textOutputIsPathLineSeverityRuleMessage() {
        var result = run("validate", "../samples/order-fulfillment");
        assertEquals(1, result.exitCode(), "an open high hotspot is an error");
        assertEquals("""
                ../samples/order-fulfillment/hotspots/inventory-sync-delay.md:6: warning unresolved-hotspot: Hotspot 'Inventory Sync Delay' \
                is unresolved (medium): Stock levels from the warehouse system arrive up to 10 minutes late, so a reservation can \
                succeed for stock that is already gone
                ../samples/order-fulfillment/hotspots/payment-race-condition.md:6: error unresolved-hotspot: Hotspot 'Payment Race Condition' \
                is unresolved (high): Multiple simultaneous orders could authorize same payment method causing overdraft
                """, result.out());
        assertEquals("2 findings (1 error, 1 warning, 0 info) in 37 stickies\n", result.err());
    }

    @Test
    void exitCodesFollowTheFailLevel() {
        assertEquals(1, run("validate", "../samples/order-fulfillment", "--fail-on", "warning").exitCode());
        assertEquals(0, run("validate", "../samples/order-fulfillment", "--fail-on", "never").exitCode());
        assertEquals(0, run("validate", "../samples/user-registration").exitCode());
        assertEquals(0, run("validate", "../samples/user-registration", "--fail-on", "warning", "--today", "2026-12-01").exitCode());
        assertEquals(2, run("validate", temp.resolve("missing").toString()).exitCode());
        assertEquals(2, run("validate", "../samples/empty", "--format", "yaml").exitCode());
        assertEquals(2, run("validate", "../samples/empty", "--fail-on", "sometimes").exitCode());
    }

    @Test
    void aMalformedFileIsBadInputButTheRestIsStillValidated() throws IOException {
        Path board = temp.resolve("board");
        copy(Path.of("../samples/order-fulfillment"), board);
        Files.writeString(board.resolve("events/broken.md"), "---\ntype: event-storming-event\nname: [Broken\n---\n");
        var result = run("validate", board.toString(), "--fail-on", "never");
        assertEquals(2, result.exitCode());
        assertTrue(result.out().startsWith(board.resolve("events/broken.md") + ":3: error file-error: front matter is not valid YAML"), result.out());
        assertTrue(result.out().contains("unresolved-hotspot"), result.out());
    }

    @Test
    void aRuleCanBeConfiguredInBoardYaml() throws IOException {
        Path board = temp.resolve("board");
        copy(Path.of("../samples/order-fulfillment"), board);
        Path yaml = board.resolve("board.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("level: design\n", "level: design\nrules:\n  unresolved-hotspot: info\n"));
        var result = run("validate", board.toString(), "--fail-on", "warning");
        assertEquals(0, result.exitCode(), result.out());
        assertEquals("2 findings (0 errors, 0 warnings, 2 info) in 37 stickies\n", result.err());
        Files.writeString(yaml, Files.readString(yaml).replace("unresolved-hotspot: info", "unresolved-hotspots: off"));
        var misspelled = run("validate", board.toString());
        assertTrue(misspelled.out().startsWith(board.resolve("board.yaml") + ":5: warning rule-config: board.yaml configures the rule"
                + " 'unresolved-hotspots', which does not exist; did you mean 'unresolved-hotspot'?"), misspelled.out());
        assertEquals(0, run("fmt", board.toString(), "--check").exitCode(), "rules: is part of the canonical form");
    }

    @Test
    void theBoardsLevelDecidesWhatIsCheckedUnlessLevelSaysOtherwise() throws IOException {
        Path board = temp.resolve("kick-off");
        Files.createDirectories(board.resolve("events"));
        Files.writeString(board.resolve("board.yaml"), "title: Kick-off\nlevel: big-picture\n");
        Files.writeString(board.resolve("events/order-placed.md"), "---\ntype: event-storming-event\nname: Order Placed\n---\n");
        var bigPicture = run("validate", board.toString(), "--fail-on", "warning");
        assertEquals(0, bigPicture.exitCode(), "an event alone is a fine start of a big picture: " + bigPicture.out());
        assertEquals(board.resolve("board.yaml") + ":1: info file-note: events/order-placed had no place on the canvas and was placed next to"
                + " what it links to\n", bigPicture.out(), "being placed automatically is no fault of the board");
        assertEquals("1 finding (0 errors, 0 warnings, 1 info) in 1 sticky\n", bigPicture.err());
        var process = run("validate", board.toString(), "--fail-on", "warning", "--level", "process");
        assertEquals(1, process.exitCode());
        assertTrue(process.out().contains(board.resolve("events/order-placed.md") + ":3: warning event-without-producer: "), process.out());
        var design = run("validate", board.toString(), "--level", "design", "--format", "json");
        assertTrue(design.out().contains("event-without-schema"), design.out());
        var wrong = run("validate", board.toString(), "--level", "workshop");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("'workshop' is not a level; use big-picture, process or design"), wrong.err());
    }

    @Test
    void jsonOutputFollowsItsDocumentedSchema() throws IOException {
        var result = run("validate", "../samples/order-fulfillment", "--format", "json");
        assertEquals(Set.of(), validate("/schemas/validate-report.schema.json", result.out()));
        JsonNode report = JSON.readTree(result.out());
        assertEquals(2, report.get("findings").size());
        JsonNode first = report.get("findings").get(0);
        assertEquals("hotspots/inventory-sync-delay.md", first.get("path").asText());
        assertEquals(6, first.get("line").asInt());
        assertEquals("status", first.get("field").asText());
        assertEquals(1, report.get("summary").get("error").asInt());
        assertEquals("", result.err(), "JSON output leaves stderr clean");

        var messy = run("validate", "../model/src/test/resources/seed-templates", "--format", "json");
        assertEquals(Set.of(), validate("/schemas/validate-report.schema.json", messy.out()));
    }

    @Test
    void sarifOutputValidatesAgainstTheSarif210Schema() throws IOException {
        var result = run("validate", "../model/src/test/resources/seed-templates", "--format", "sarif");
        assertEquals(Set.of(), validate("/schema/sarif-schema-2.1.0.json", result.out()));
        JsonNode sarif = JSON.readTree(result.out());
        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode run = sarif.get("runs").get(0);
        JsonNode first = run.get("results").get(0);
        assertEquals("dangling-reference", first.get("ruleId").asText());
        assertEquals("dangling-reference", run.get("tool").get("driver").get("rules").get(first.get("ruleIndex").asInt()).get("id").asText());
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertEquals("../model/src/test/resources/seed-templates/aggregates/order.md".replace("../", ""),
                location.get("artifactLocation").get("uri").asText().replaceFirst("^.*?model/", "model/"));
        assertEquals(17, location.get("region").get("startLine").asInt());
        assertEquals("warning", first.get("level").asText());
    }

    @Test
    void sarifUsesRelativeUrisUnderTheWorkingFolder() throws IOException {
        var result = run("validate", "src/test/resources/boards/space name", "--format", "sarif", "--fail-on", "never");
        JsonNode results = JSON.readTree(result.out()).get("runs").get(0).get("results");
        JsonNode location = null;
        for (JsonNode candidate : results) {
            if (candidate.get("ruleId").asText().equals("event-without-producer")) {
                location = candidate.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            }
        }
        assertEquals("src/test/resources/boards/space%20name/events/thing.md", location.get("uri").asText());
        assertEquals("%SRCROOT%", location.get("uriBaseId").asText());
        assertEquals(Set.of(), validate("/schema/sarif-schema-2.1.0.json", result.out()));
    }

    @Test
    void aHandEditedSagaIsCheckedAndLocatedInEveryFormat() throws IOException {
        Path board = temp.resolve("board");
        copy(Path.of("../samples/order-fulfillment"), board);
        Path saga = board.resolve("sagas/order-fulfillment-saga.yml");
        Files.writeString(saga, Files.readString(saga).replace("compensation: RefundPayment", "compensation: RefundPaymnt"));
        var text = run("validate", board.toString(), "--fail-on", "never");
        assertTrue(text.out().contains(saga + ":22: error saga-unknown-reference: Step 'authorize-payment' names the compensation"
                + " 'RefundPaymnt', but no command of that name is on the board; did you mean 'RefundPayment'?"), text.out());
        var json = run("validate", board.toString(), "--format", "json", "--fail-on", "never");
        assertEquals(Set.of(), validate("/schemas/validate-report.schema.json", json.out()));
        assertTrue(json.out().contains("\"definition\" : \"sagas/order-fulfillment-saga.yml\""), json.out());
        var sarif = run("validate", board.toString(), "--format", "sarif", "--fail-on", "never");
        assertEquals(Set.of(), validate("/schema/sarif-schema-2.1.0.json", sarif.out()));
        assertTrue(sarif.out().contains("\"id\" : \"saga-unknown-reference\""), "the saga rules are the driver's rules too");
    }

    @Test
    void aContractRequiringAFieldItsVersionLacksFailsTheBuild() throws IOException {
        assertEquals(0, run("validate", "../samples/user-registration", "--today", "2026-12-01", "--fail-on", "warning").exitCode(),
                "the sample and its three strategies are clean");
        Path board = temp.resolve("board");
        copy(Path.of("../samples/user-registration"), board);
        Path contracts = board.resolve("versioning/user-registered-contracts-strategy.yml");
        Files.writeString(contracts, Files.readString(contracts).replace("      - createdAt\n", "      - createdAt\n      - name\n"));
        var result = run("validate", board.toString(), "--today", "2026-12-01");
        assertEquals(1, result.exitCode(), result.out());
        assertEquals(contracts + ":22: error contract-field-missing: analytics-service requires 'name' of user.registered v2, which that"
                + " version does not carry (break_build_on_violation: the build fails); add the field to v2, or move the contract to a version"
                + " that has it\n", result.out());
    }

    @Test
    void sunsetDatesAreCheckedAsOfTheDayAsked() {
        var later = run("validate", "../samples/user-registration", "--today", "2027-07-01", "--fail-on", "warning");
        assertEquals(1, later.exitCode());
        assertTrue(later.out().contains("warning version-past-sunset: v1 of 'User Registered' was to be retired on 2027-06-30"), later.out());
        assertEquals(2, run("validate", "../samples/user-registration", "--today", "someday").exitCode());
    }
}
