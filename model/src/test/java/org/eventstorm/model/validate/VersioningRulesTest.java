package org.eventstorm.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versioning rules (rules.md), on the user-registration sample and copies of it with one mistake each. */
class VersioningRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path temp;

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private LoadedBoard sampleWith(String file, UnaryOperator<String> change) throws IOException {
        Path folder = BoardFolders.copyOfSample("user-registration", Files.createTempDirectory(temp, "copy"));
        Path path = folder.resolve(file);
        Files.writeString(path, change.apply(Files.readString(path)));
        return BoardReader.read(folder);
    }

    private static List<String> located(LoadedBoard loaded, LocalDate day) {
        return Validator.check(loaded.board(), on(day)).findings().stream().map(finding -> (finding.definition() != null
                ? finding.definition().path() + ":" + loaded.files().lineOf(finding.definition(), finding.pointer())
                : finding.sticky().fileName() + ":" + loaded.files().lineOf(finding.sticky(), finding.field()))
                + " " + finding.severity().word() + " " + finding.ruleId() + ": " + finding.message()).toList();
    }

    @Test
    void theSampleWithItsThreeStrategiesIsClean() throws IOException {
        LoadedBoard loaded = BoardReader.read(BoardFolders.SAMPLES.resolve("user-registration"));
        assertEquals(List.of(), loaded.problems());
        assertEquals(3, loaded.board().definitions().size());
        assertEquals(List.of(), located(loaded, TODAY));
    }

    @Test
    void aContractRequiringARemovedFieldIsAnErrorAtItsLine() throws IOException {
        LoadedBoard loaded = sampleWith("versioning/user-registered-contracts-strategy.yml",
                text -> text.replace("      - createdAt\n", "      - createdAt\n      - name\n"));
        assertEquals(List.of("versioning/user-registered-contracts-strategy.yml:22 error contract-field-missing: analytics-service requires"
                + " 'name' of user.registered v2, which that version does not carry (break_build_on_violation: the build fails); add the field"
                + " to v2, or move the contract to a version that has it"), located(loaded, TODAY));
    }

    @Test
    void withoutBreakingTheBuildTheSameViolationIsAWarning() throws IOException {
        Path folder = BoardFolders.copyOfSample("user-registration", temp);
        Path file = folder.resolve("versioning/user-registered-contracts-strategy.yml");
        Files.writeString(file, Files.readString(file).replace("      - createdAt\n", "      - createdAt\n      - name\n").replace(
                "break_build_on_violation: true", "break_build_on_violation: false"));
        List<String> found = located(BoardReader.read(folder), TODAY);
        assertEquals(1, found.size());
        assertEquals(true, found.get(0).contains(" warning contract-field-missing: "), found.get(0));
    }

    @Test
    void aDeprecatedVersionPastItsSunsetIsFlaggedOnTheDayAfter() throws IOException {
        LoadedBoard loaded = BoardReader.read(BoardFolders.SAMPLES.resolve("user-registration"));
        assertEquals(List.of(), located(loaded, LocalDate.of(2027, 6, 30)));
        assertEquals(List.of("events/user-registered.md:9 warning version-past-sunset: v1 of 'User Registered' was to be retired on 2027-06-30;"
                + " retire it (status: retired) or, if consumers still need it, move the sunset date"), located(loaded, LocalDate.of(2027, 7, 1)));
    }

    @Test
    void aBreakingChangeWithinAMajorVersionIsAnError() throws IOException {
        LoadedBoard loaded = sampleWith("events/user-registered.md",
                text -> text.replace("  - version: v1\n", "  - version: \"1.0\"\n").replace("  - version: v2\n", "  - version: \"1.1\"\n").replace(
                        "  - version: v3\n", "  - version: \"1.2\"\n"));
        List<String> found = located(loaded, TODAY).stream().filter(line -> line.contains("breaking-change-without-major-version")).toList();
        assertEquals(List.of("events/user-registered.md:9 error breaking-change-without-major-version: 'User Registered' 1.0 \u2192 1.1 breaks"
                + " its consumers (name: removed (was required)) without a new major version; call it v2, or keep the change compatible"), found);
    }

    @Test
    void moreThanThreeActiveVersionsIsSprawl() throws IOException {
        LoadedBoard loaded = sampleWith("events/user-registered.md", text -> text.replace("---\n\n# Domain Event",
                "  - version: v4\n    status: beta\n    schema:\n      - name: userId\n        type: string\n        required: true\n---\n\n# Domain Event"));
        List<String> found = located(loaded, TODAY).stream().filter(line -> line.contains("too-many-active-versions")).toList();
        assertEquals(List.of("events/user-registered.md:9 warning too-many-active-versions: 'User Registered' has 4 active versions (v1, v2, v3, v4);"
                + " retire the oldest once its consumers have moved, to keep at most 3"), found);
    }

    @Test
    void aTransformationThatCannotFillARequiredFieldIsAnError() throws IOException {
        Path folder = BoardFolders.copyOfSample("user-registration", Files.createTempDirectory(temp, "copy"));
        Path strategy = folder.resolve("versioning/user-registered-single-writer-strategy.yml");
        Files.writeString(strategy, Files.readString(strategy).replace(
                "  mappings:\n    v1:\n      name: [firstName, lastName]  # v1 carries the full name as one field\n", ""));
        Path event = folder.resolve("events/user-registered.md");
        Files.writeString(event, Files.readString(event).replaceFirst("      - name: name\n", "      - name: displayName\n"));
        assertEquals(List.of("versioning/user-registered-single-writer-strategy.yml:9 error transformation-cannot-fill-field: The transformation from v3 to"
                + " v1 cannot fill the required field 'displayName': v3 has no field of that name. Add a mapping under transformation_layer: mappings: v1:"
                + " displayName: [the fields it is made of]"),
                located(BoardReader.read(folder), TODAY).stream().filter(line -> line.contains("transformation-cannot-fill-field")).toList());
    }

    @Test
    void theSpecsSingleWriterYamlPastedVerbatimFillsNameFromFirstAndLastName() throws IOException {
        String spec = Files.readString(Path.of("src/test/resources/seeds/user-registered-single-writer.yml"));
        LoadedBoard loaded = sampleWith("versioning/user-registered-single-writer-strategy.yml", text -> spec);
        assertEquals(List.of(), located(loaded, TODAY), "v1's name is v3's firstName and lastName, as the spec's transformer makes it");
        var single = (org.eventstorm.model.versioning.SingleWriter) loaded.board().definitions(
                org.eventstorm.model.versioning.SingleWriter.class).values().iterator().next();
        var event = (org.eventstorm.model.sticky.DomainEvent) loaded.board().get(
                org.eventstorm.model.sticky.StickyId.parse("events/user-registered").orElseThrow());
        assertEquals(List.of(new org.eventstorm.model.versioning.FieldMapping("name", List.of("firstName", "lastName"))),
                org.eventstorm.model.versioning.ComposedFields.inferred(event.versions().get(2), event.versions().get(0), List.of()));
    }

    @Test
    void unknownVersionsFieldsAndEventsAreNamedWithTheNearestOne() throws IOException {
        LoadedBoard loaded = sampleWith("versioning/user-registered-strategy.yml", text -> text.replace("targets: [v2, v3]", "targets: [v2, v4]"));
        assertEquals(List.of("versioning/user-registered-strategy.yml:26 error versioning-unknown-reference: 'v4' is not a version of 'User Registered',"
                + " which has v1, v2, v3; did you mean 'v1'?"), located(loaded, TODAY));
        LoadedBoard unknownEvent = sampleWith("versioning/user-registered-strategy.yml", text -> text.replace("event: user.registered", "event: user.deleted"));
        assertEquals(List.of("versioning/user-registered-strategy.yml:5 error versioning-unknown-reference: The strategy is about 'user.deleted', but no"
                + " domain event has that event_type or name"), located(unknownEvent, TODAY));
    }
}
