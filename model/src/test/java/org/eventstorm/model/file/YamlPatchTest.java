package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.versioning.ConsumerDrivenContracts;
import org.eventstorm.model.versioning.Contract;
import org.eventstorm.model.versioning.ParallelVersions;
import org.eventstorm.model.versioning.Publishing;
import org.eventstorm.model.versioning.VersionChannel;
import org.junit.jupiter.api.Test;

/**
 * A changed strategy written over its old text: keys added and removed, list items added and taken away, a flow list
 * grown, and every comment and blank line of the rest as the person wrote it.
 */
class YamlPatchTest {
    private static final DefinitionId PARALLEL = DefinitionId.of(DefinitionKind.STRATEGY, "user-registered-strategy");
    private static final DefinitionId CONTRACTS = DefinitionId.of(DefinitionKind.STRATEGY, "user-registered-contracts-strategy");

    private static String sample(String file) throws Exception {
        return Files.readString(Path.of("../samples/user-registration/versioning/" + file));
    }

    private static ParsedDefinition parse(DefinitionId id, String text) throws FormatException {
        return DefinitionFiles.parse(id, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String written(DefinitionId id, String text, java.util.function.UnaryOperator<Object> change) throws Exception {
        ParsedDefinition parsed = parse(id, text);
        Object changed = change.apply(parsed.definition());
        String out = DefinitionFiles.write(id, (org.eventstorm.model.definition.Definition) changed, parsed.source(), "");
        assertEquals(changed, parse(id, out).definition(), "the text reads back as the changed strategy:\n" + out);
        return out;
    }

    private static ParallelVersions channel(ParallelVersions parallel, String version, String status, String sunset) {
        List<VersionChannel> channels = new ArrayList<>();
        for (VersionChannel channel : parallel.versions()) {
            channels.add(channel.version().equals(version)
                    ? new VersionChannel(channel.version(), channel.topic(), channel.schema(), status, sunset, channel.extra()) : channel);
        }
        return parallel.withVersions(channels);
    }

    @Test
    void aKeyAddedToABlockMappingGoesAfterItsLastEntryAndTheCommentsStay() throws Exception {
        String text = sample("user-registered-strategy.yml");
        String out = written(PARALLEL, text, definition -> channel((ParallelVersions) definition, "v2", "deprecated", "2027-12-31"));
        assertEquals(text.replace("    schema: schemas/user-registered.v2.avro\n    status: current\n",
                "    schema: schemas/user-registered.v2.avro\n    status: deprecated\n    sunset_date: 2027-12-31\n"), out);
    }

    @Test
    void aRemovedKeyIsTakenOutWithItsLine() throws Exception {
        String text = sample("user-registered-strategy.yml");
        String out = written(PARALLEL, text, definition -> channel((ParallelVersions) definition, "v1", "current", ""));
        assertEquals(text.replace("    status: deprecated\n    sunset_date: 2027-06-30\n", "    status: current\n"), out);
    }

    @Test
    void aFlowListThatGrewIsWrittenAnewInPlace() throws Exception {
        String text = sample("user-registered-strategy.yml");
        String out = written(PARALLEL, text, definition -> {
            ParallelVersions parallel = (ParallelVersions) definition;
            return parallel.withPublishing(new Publishing("dual", List.of("v1", "v2", "v3"), Map.of()));
        });
        assertEquals(text.replace("targets: [v2, v3]", "targets: [v1, v2, v3]"), out);
        assertEquals(true, out.contains("mode: dual  # Publish to both v2 and v3 during migration"));
    }

    @Test
    void aListItemAddedAtTheEndFollowsTheIndentationOfTheOthers() throws Exception {
        String text = sample("user-registered-contracts-strategy.yml");
        String out = written(CONTRACTS, text, definition -> {
            ConsumerDrivenContracts contracts = (ConsumerDrivenContracts) definition;
            List<Contract> more = new ArrayList<>(contracts.contracts());
            more.add(new Contract("billing-service", List.of("userId"), List.of(), "v3", Map.of()));
            return new ConsumerDrivenContracts(contracts.event(), more, contracts.contractValidation(), contracts.extra());
        });
        assertEquals(true, out.startsWith("# specs/002-user-management/versioning/user-registered-contracts-strategy.yml\n"), out);
        assertEquals(true, out.contains("      - source\n    version: v2\n  - consumer: billing-service\n    required_fields: [userId]\n    version: v3\n")
                || out.contains("      - source\n    version: v2\n  - consumer: billing-service\n    required_fields:\n      - userId\n    version: v3\n"),
                out);
    }

    @Test
    void aListItemTakenAwayLeavesTheOthersAsWritten() throws Exception {
        String text = sample("user-registered-contracts-strategy.yml");
        String out = written(CONTRACTS, text, definition -> {
            ConsumerDrivenContracts contracts = (ConsumerDrivenContracts) definition;
            return new ConsumerDrivenContracts(contracts.event(), contracts.contracts().subList(0, 1), contracts.contractValidation(), contracts.extra());
        });
        int start = text.indexOf("  - consumer: analytics-service");
        int end = text.indexOf("    version: v2\n") + "    version: v2\n".length();
        assertEquals(text.substring(0, start) + text.substring(end), out);
    }
}
