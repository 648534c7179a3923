package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.versioning.ConsumerDrivenContracts;
import org.eventstorm.model.versioning.ConsumerVersion;
import org.eventstorm.model.versioning.Contract;
import org.eventstorm.model.versioning.FieldMapping;
import org.eventstorm.model.versioning.ParallelVersions;
import org.eventstorm.model.versioning.SingleWriter;
import org.eventstorm.model.versioning.VersionChannel;
import org.eventstorm.model.versioning.VersioningStrategy;
import org.junit.jupiter.api.Test;

/** The feature spec's three versioning strategies, read and written exactly. */
class StrategyFileTest {
    private static final DefinitionId ID = DefinitionId.of(DefinitionKind.STRATEGY, "user-registered-strategy");

    private static String seed(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/seeds/" + name));
    }

    private static ParsedDefinition parse(String text) throws FormatException {
        return DefinitionFiles.parse(ID, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parallelVersionsReadsEveryVersionAndThePublishing() throws Exception {
        ParallelVersions parallel = (ParallelVersions) parse(seed("user-registered-parallel-versions.yml")).definition();
        assertEquals("user.registered", parallel.event());
        assertEquals(new VersionChannel("v1", "user.registered.v1", "schemas/user-registered.v1.avro", "deprecated", "2026-01-01", Map.of()),
                parallel.versions().get(0));
        assertEquals(List.of("v1", "v2", "v3"), parallel.versions().stream().map(VersionChannel::version).toList());
        assertEquals("dual", parallel.publishing().mode());
        assertEquals(List.of("v2", "v3"), parallel.publishing().targets());
    }

    @Test
    void singleWriterReadsTheCanonicalVersionTheLayerAndTheConsumers() throws Exception {
        SingleWriter single = (SingleWriter) parse(seed("user-registered-single-writer.yml")).definition();
        assertEquals("v3", single.canonicalVersion());
        assertEquals("user-event-transformer", single.transformationLayer().service());
        assertEquals(List.of("v1", "v2", "v3"), single.transformationLayer().supportsVersions());
        assertEquals(new ConsumerVersion("email-service", "v1", "v3 \u2192 v1", Map.of()), single.consumers().get(0));
        assertEquals("none", single.consumers().get(2).transformation());
    }

    @Test
    void contractsReadRequiredAndOptionalFieldsAndTheValidation() throws Exception {
        ConsumerDrivenContracts contracts = (ConsumerDrivenContracts) parse(seed("user-registered-consumer-driven-contracts.yml")).definition();
        assertEquals(new Contract("email-service", List.of("userId", "email", "name"), List.of("preferences.emailOptIn"), "v1", Map.of()),
                contracts.contracts().get(0));
        assertTrue(contracts.contractValidation().breaksBuild());
        assertEquals(Boolean.TRUE, contracts.contractValidation().onPublish());
    }

    @Test
    void everySeedStrategyWrittenInTheSpecsLayoutReadsBackEqual() throws Exception {
        for (String name : List.of("user-registered-parallel-versions.yml", "user-registered-single-writer.yml",
                "user-registered-consumer-driven-contracts.yml")) {
            VersioningStrategy strategy = (VersioningStrategy) parse(seed(name)).definition();
            String written = DefinitionFiles.write(ID, strategy, null, "001-user-management");
            assertEquals(strategy, parse(written).definition(), written);
            assertTrue(written.startsWith("# specs/001-user-management/versioning/user-registered-strategy.yml\n\nstrategy: "), written);
        }
        String contracts = DefinitionFiles.canonical(parse(seed("user-registered-consumer-driven-contracts.yml")).definition(), null);
        assertEquals(seed("user-registered-consumer-driven-contracts.yml"), contracts, "the contracts strategy has no comments: the layout is the spec's");
    }

    @Test
    void aStatusChangedInTheAppIsWrittenInPlaceKeepingTheComments() throws Exception {
        String text = seed("user-registered-parallel-versions.yml");
        ParsedDefinition parsed = parse(text);
        ParallelVersions parallel = (ParallelVersions) parsed.definition();
        ParallelVersions retired = parallel.withVersions(parallel.versions().stream().map(
                v -> v.version().equals("v1") ? new VersionChannel("v1", v.topic(), v.schema(), "retired", v.sunsetDate(), v.extra()) : v).toList());
        String written = DefinitionFiles.write(ID, retired, parsed.source(), "");
        assertEquals(text.replace("    status: deprecated\n", "    status: retired\n"), written);
    }

    @Test
    void fieldMappingsOfTheTransformationLayerAreReadAndWritten() throws Exception {
        String text = seed("user-registered-single-writer.yml").replace("  supports_versions: [v1, v2, v3]\n",
                "  supports_versions: [v1, v2, v3]\n  mappings:\n    v1:\n      name: [firstName, lastName]\n      mail: email\n");
        SingleWriter single = (SingleWriter) parse(text).definition();
        assertEquals(List.of(new FieldMapping("name", List.of("firstName", "lastName")), new FieldMapping("mail", List.of("email"))),
                single.transformationLayer().mappingsFor("v1"));
        assertEquals(single, parse(DefinitionFiles.canonical(single, null)).definition());
    }

    @Test
    void mistakesAreLocated() {
        FormatException unknown = assertThrows(FormatException.class, () -> parse("strategy: blue-green\nevent: user.registered\n"));
        assertEquals(1, unknown.line());
        assertEquals("'strategy' is 'blue-green'; use parallel-versions, single-writer or consumer-driven-contracts", unknown.getMessage());
        FormatException noEvent = assertThrows(FormatException.class, () -> parse("strategy: single-writer\n"));
        assertEquals("A versioning strategy needs an 'event'", noEvent.getMessage());
        FormatException badFlag = assertThrows(FormatException.class,
                () -> parse("strategy: consumer-driven-contracts\nevent: x\ncontract_validation:\n  break_build_on_violation: sometimes\n"));
        assertEquals(4, badFlag.line());
    }
}
