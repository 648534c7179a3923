package org.eventstorm.exporters.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.Golden;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.saga.GeneratedJava;
import org.eventstorm.exporters.saga.Toolchains;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.support.BoardFolders;
import org.eventstorm.model.versioning.Compatibility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The versioning export of the user-registration sample (the feature spec's three strategies) and of a board whose
 * names are hostile to code: schemas that real parsers and validators take, code that compiles and passes its tests.
 */
class VersioningExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path sample;
    static Path hostile;
    /** The sample with a contract on v3 that requires v3's optional preferences, checked on publishing. */
    static Path contracts;

    @BeforeAll
    static void export() throws Exception {
        sample = temp.resolve("sample");
        new VersioningExporter().export(ExportInput.of(BoardReader.read(BoardFolders.SAMPLES.resolve("user-registration"))), TargetFolder.at(sample));
        hostile = temp.resolve("hostile");
        var loaded = BoardReader.read(Path.of("src/test/resources/boards/versioned-hostile"));
        assertEquals(List.of(), loaded.problems());
        new VersioningExporter().export(ExportInput.of(loaded), TargetFolder.at(hostile));
        Path board = BoardFolders.copyOfSample("user-registration", temp.resolve("contracts-board"));
        Path strategy = board.resolve("versioning/user-registered-contracts-strategy.yml");
        Files.writeString(strategy, Files.readString(strategy).replace("contract_validation:",
                "  - consumer: crm-service\n    required_fields:\n      - userId\n      - preferences\n    version: v3\n\ncontract_validation:"));
        contracts = temp.resolve("contracts");
        new VersioningExporter().export(ExportInput.of(BoardReader.read(board)), TargetFolder.at(contracts));
    }

    private static Map<String, String> files(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    @Test
    void theSpecsSingleWriterYamlPastedVerbatimGivesTheSpecsTransformer() throws Exception {
        Path board = BoardFolders.copyOfSample("user-registration", temp.resolve("verbatim"));
        Files.copy(Path.of("../model/src/test/resources/seeds/user-registered-single-writer.yml"),
                board.resolve("versioning/user-registered-single-writer-strategy.yml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path out = temp.resolve("verbatim-out");
        new VersioningExporter().export(ExportInput.of(BoardReader.read(board)), TargetFolder.at(out));
        String transformer = Files.readString(out.resolve("versioning-code/java/src/main/java/versioning/userregistered/UserRegisteredTransformer.java"));
        assertTrue(transformer.contains("return new UserRegisteredV1(event.userId(), event.email(), join(event.firstName(), event.lastName()));"),
                "the spec's YAML has no mappings: v1's name is made of v3's first and last names, as the spec's transformer does:\n" + transformer);
    }

    @Test
    void theSamplesExportIsItsStrategiesSchemasAndCode() throws Exception {
        Golden.assertMatches("versioning", sample, path -> true);
        String transformer = Files.readString(sample.resolve("versioning-code/java/src/main/java/versioning/userregistered/UserRegisteredTransformer.java"));
        assertTrue(transformer.contains("return new UserRegisteredV1(event.userId(), event.email(), join(event.firstName(), event.lastName()));"),
                "v1's name is v3's first and last names merged, as the single-writer strategy maps it:\n" + transformer);
        String publisher = Files.readString(sample.resolve("versioning-code/java/src/main/java/versioning/userregistered/UserRegisteredPublisher.java"));
        assertTrue(publisher.contains("bus.publish(\"user.registered.v2\", transformer.toUserRegisteredV2(event).toMap());")
                && publisher.contains("bus.publish(\"user.registered.v3\", transformer.toUserRegisteredV3(event).toMap());"), publisher);
    }

    @Test
    void everyAvroSchemaParsesWithAvrosOwnParser() throws Exception {
        for (Path folder : List.of(sample, hostile)) {
            List<Path> avro;
            try (var walk = Files.walk(folder)) {
                avro = walk.filter(path -> path.toString().endsWith(".avro") || path.toString().endsWith(".avsc")).toList();
            }
            assertFalse(avro.isEmpty());
            for (Path file : avro) {
                Schema schema = new Schema.Parser().parse(file.toFile());
                assertEquals(Schema.Type.RECORD, schema.getType(), file.toString());
            }
        }
        Schema v3 = new Schema.Parser().parse(sample.resolve("versioning/user-registered/schemas/user-registered.v3.avro").toFile());
        assertEquals("users.user.UserRegistered", v3.getFullName());
        assertEquals(Schema.Type.UNION, v3.getField("preferences").schema().getType(), "an optional field is a union with null");
    }

    @Test
    void avrosCompatibilityCheckAgreesWithTheBoardsCompatibilityBetweenVersions() throws Exception {
        var board = BoardReader.read(BoardFolders.SAMPLES.resolve("user-registration")).board();
        var event = (org.eventstorm.model.sticky.DomainEvent) board.get(org.eventstorm.model.sticky.StickyId.parse("events/user-registered").orElseThrow());
        var versions = org.eventstorm.model.versioning.EventVersions.of(event);
        for (int i = 1; i < versions.size(); i++) {
            var older = versions.get(i - 1);
            var newer = versions.get(i);
            var diff = org.eventstorm.model.versioning.VersionDiff.between(older, newer);
            Schema olderAvro = avro("user-registered." + older.version() + ".avro");
            Schema newerAvro = avro("user-registered." + newer.version() + ".avro");
            boolean newReadsOld = SchemaCompatibility.checkReaderWriterCompatibility(newerAvro, olderAvro).getType() == SchemaCompatibilityType.COMPATIBLE;
            boolean oldReadsNew = SchemaCompatibility.checkReaderWriterCompatibility(olderAvro, newerAvro).getType() == SchemaCompatibilityType.COMPATIBLE;
            String pair = older.version() + " -> " + newer.version() + " (" + diff.compatibility() + ")";
            assertEquals(diff.compatibility().isBackwardCompatible(), newReadsOld, pair + ": consumers of the newer version read older events");
            assertEquals(diff.compatibility() == Compatibility.FULL || diff.compatibility() == Compatibility.FORWARD, oldReadsNew,
                    pair + ": consumers of the older version read newer events");
        }
    }

    private static Schema avro(String file) throws Exception {
        return new Schema.Parser().parse(sample.resolve("versioning/user-registered/schemas/" + file).toFile());
    }

    @Test
    void everyJsonSchemaValidatesASamplePayloadAndRefusesOneWithoutARequiredField() throws Exception {
        var board = BoardReader.read(BoardFolders.SAMPLES.resolve("user-registration")).board();
        var event = (org.eventstorm.model.sticky.DomainEvent) board.get(org.eventstorm.model.sticky.StickyId.parse("events/user-registered").orElseThrow());
        var strategies = board.definitions(org.eventstorm.model.versioning.VersioningStrategy.class).values().stream().toList();
        VersionPlan plan = VersionPlan.of(event, "user.registered", strategies);
        for (VersionPlan.Version version : plan.versions()) {
            String schemaText = Files.readString(sample.resolve("versioning/user-registered/schemas/user-registered." + version.written() + ".schema.json"));
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText);
            JsonNode payload = JSON.valueToTree(SampleValues.payload(version));
            com.fasterxml.jackson.databind.node.ObjectNode message = JSON.createObjectNode().put("event_id", "evt_1").put("event_type",
                    "users.user.registered." + version.written()).put("event_version", version.written()).put("timestamp", "2026-12-07T10:30:00Z").put("source",
                            "identity-service").put("correlation_id", "corr_1");
            message.set("data", payload);
            assertEquals(java.util.Set.of(), schema.validate(message), version.written());
            ((com.fasterxml.jackson.databind.node.ObjectNode) payload).remove("userId");
            assertEquals(1, schema.validate(message).size(), version.written() + " without userId");
            message.remove("correlation_id");
            assertEquals(2, schema.validate(message).size(), version.written() + " without its correlation id either");
        }
    }

    @Test
    void theGeneratedJavaCompilesAndItsRoundTripTestsPass() throws Exception {
        for (Path folder : List.of(sample, hostile)) {
            Map<String, String> java = new TreeMap<>();
            files(folder.resolve("versioning-code/java")).forEach(java::put);
            Path classes = GeneratedJava.compile(java, temp.resolve("java-" + folder.getFileName()));
            String test = folder == sample ? "versioning.userregistered.UserRegisteredTransformerTest"
                    : "versioning.classupdatedv.ClassUpdatedVTransformerTest";
            TestExecutionSummary summary = GeneratedJava.runTests(classes, test);
            assertEquals(0, summary.getTotalFailureCount(), GeneratedJava.failures(summary));
            assertTrue(summary.getTestsSucceededCount() >= 3, test + " ran " + summary.getTestsSucceededCount());
        }
    }

    @Test
    void contractsCheckedOnPublishStopAnEventThatBreaksOneFromBeingPublished() throws Exception {
        Path out = contracts;
        String publisher = Files.readString(out.resolve("versioning-code/java/src/main/java/versioning/userregistered/UserRegisteredPublisher.java"));
        assertTrue(publisher.contains("require(broken, \"crm-service\", \"v3\", event.toMap(), List.of(\"userId\", \"preferences\"));"), publisher);
        Map<String, String> java = new TreeMap<>(files(out.resolve("versioning-code/java")));
        Path classes = GeneratedJava.compile(java, temp.resolve("java-contracts"));
        TestExecutionSummary summary = GeneratedJava.runTests(classes, "versioning.userregistered.UserRegisteredTransformerTest");
        assertEquals(0, summary.getTotalFailureCount(), GeneratedJava.failures(summary));
        assertTrue(java.get("src/test/java/versioning/userregistered/UserRegisteredTransformerTest.java").contains(
                "void anEventThatBreaksAConsumersContractIsNotPublished()"), "the generated tests try an event without preferences");
    }

    @Test
    void theGeneratedTypeScriptPassesTscStrictAndItsTestsPass() throws Exception {
        Path modules = Toolchains.typescript();
        for (Path folder : List.of(sample, hostile, contracts)) {
            Path ts = temp.resolve("ts-" + folder.getFileName());
            for (Map.Entry<String, String> file : files(folder.resolve("versioning-code/ts")).entrySet()) {
                Files.createDirectories(ts.resolve(file.getKey()).getParent());
                Files.writeString(ts.resolve(file.getKey()), file.getValue());
            }
            Files.createSymbolicLink(ts.resolve("node_modules"), modules.resolve("node_modules"));
            String tsc = modules.resolve("node_modules/.bin/tsc").toString();
            Toolchains.Result check = Toolchains.run(ts, 180, tsc, "--strict", "--noEmit", "-p", ".");
            assertEquals(0, check.exit(), "tsc --strict --noEmit:\n" + check.output());
            assertEquals(0, Toolchains.run(ts, 180, tsc, "-p", ".").exit());
            Toolchains.Result tests = Toolchains.run(ts, 180, "node", "--test", "dist/");
            assertEquals(0, tests.exit(), tests.output());
            assertTrue(tests.output().contains("# fail 0"), tests.output());
            if (folder == contracts) {
                assertTrue(tests.output().contains("ok") && tests.output().contains("an event that breaks a consumer's contract is not published"),
                        tests.output());
            }
        }
    }

    @Test
    void aSchemaPathFromAStrategyStaysInsideTheExport() throws Exception {
        assertTrue(Files.exists(hostile.resolve("versioning/class-updated-v/etc/passwd.avsc")), files(hostile).keySet().toString());
    }

    @Test
    void withoutAStrategyOnlyTheVersionsTheLatestCanFillGetATransformer() throws Exception {
        Path board = BoardFolders.copy(Path.of("src/test/resources/boards/versioned-hostile"), temp.resolve("no-strategy"));
        Files.delete(board.resolve("versioning/class-updated-strategy.yml"));
        Files.delete(board.resolve("versioning/parallel.yml"));
        Path event = board.resolve("events/class-updated.md");
        Files.writeString(event, Files.readString(event).replaceFirst("(?s)(- name: toMap\n        type: boolean\n        required: false\n)",
                "$1      - name: legacy\n        type: string\n        required: true\n"));
        Path out = temp.resolve("no-strategy-out");
        new VersioningExporter().export(ExportInput.of(BoardReader.read(board)), TargetFolder.at(out));
        assertTrue(Files.exists(out.resolve("versioning/class-updated-v/schemas/class-updated-v.v1.schema.json")), "every version's schema is written");
        String transformer = Files.readString(out.resolve("versioning-code/java/src/main/java/versioning/classupdatedv/ClassUpdatedVTransformer.java"));
        assertTrue(transformer.contains("List.of(\"v2\")"), "v1 needs 'legacy', which v2 lacks:\n" + transformer);
    }

    @Test
    void aStrategyServingAVersionTheCanonicalOneCannotFillIsRefusedWithTheStrategyFile() throws Exception {
        Path board = BoardFolders.copy(Path.of("src/test/resources/boards/versioned-hostile"), temp.resolve("gap"));
        Path strategy = board.resolve("versioning/class-updated-strategy.yml");
        Files.writeString(strategy, Files.readString(strategy).replace("      first name: [\"first name\", last_name]\n", "      first name: [nickname]\n"));
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new VersioningExporter().export(ExportInput.of(BoardReader.read(board)), TargetFolder.at(temp.resolve("gap-out"))));
        assertEquals("versioning/class-updated-strategy.yml: the mapping of 'first name' of class.updated v1 reads 'nickname', which v2 does not carry",
                error.getMessage());
    }
}
