package org.eventstorm.model.versioning;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.edit.PutDefinition;
import org.eventstorm.model.file.BoardReader;
import org.eventstorm.model.file.LoadedBoard;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.support.BoardFolders;
import org.eventstorm.model.validate.Finding;
import org.eventstorm.model.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new strategy of each type for the sample's event: filled in from its versions, saved in the spec's layout, validated. */
class StrategyDraftsTest {
    private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path temp;

    /** The sample without its strategy files, and the draft of {@code type} added and saved. */
    private record Drafted(Board board, DefinitionId id, String text) {
    }

    private Drafted draft(StrategyType type) throws Exception {
        Path folder = BoardFolders.copyOfSample("user-registration", temp.resolve(type.word()));
        try (var strategies = Files.list(folder.resolve("versioning"))) {
            for (Path strategy : strategies.toList()) {
                Files.delete(strategy);
            }
        }
        LoadedBoard loaded = BoardReader.read(folder);
        Board board = loaded.board();
        DomainEvent event = (DomainEvent) board.get(id("events/user-registered"));
        DefinitionId file = StrategyDrafts.fileFor(board, id("events/user-registered"), type);
        board.apply(new PutDefinition(file, StrategyDrafts.of(event, type)));
        loaded.files().save(board);
        LoadedBoard again = BoardReader.read(loaded.files().root());
        assertEquals(List.of(), again.problems());
        assertEquals(board.definitions(), again.board().definitions(), "the saved file reads back as the draft");
        return new Drafted(again.board(), file, Files.readString(loaded.files().root().resolve(file.path())));
    }

    private static List<String> findings(Board board) {
        return Validator.check(board, TODAY).findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void parallelVersionsGetATopicAndSchemaEachAndDualPublishingToTheLiveOnes() throws Exception {
        Drafted drafted = draft(StrategyType.PARALLEL_VERSIONS);
        assertEquals("versioning/user-registered-strategy.yml", drafted.id().path());
        assertEquals("""
                # specs/002-user-management/versioning/user-registered-strategy.yml

                strategy: parallel-versions

                event: users.user.registered

                versions:
                  v1:
                    topic: users.user.registered.v1
                    schema: schemas/user-registered.v1.avro
                    status: deprecated
                    sunset_date: 2027-06-30

                  v2:
                    topic: users.user.registered.v2
                    schema: schemas/user-registered.v2.avro
                    status: current

                  v3:
                    topic: users.user.registered.v3
                    schema: schemas/user-registered.v3.avro
                    status: beta

                publishing:
                  mode: dual  # single | dual
                  targets: [v2, v3]
                """, drafted.text());
        assertEquals(List.of(), findings(drafted.board()));
    }

    @Test
    void aSingleWriterMakesTheCurrentVersionCanonicalAndComposesWhatItCan() throws Exception {
        Drafted drafted = draft(StrategyType.SINGLE_WRITER);
        SingleWriter single = (SingleWriter) drafted.board().definition(drafted.id()).orElseThrow();
        assertEquals("v2", single.canonicalVersion());
        assertEquals(List.of("v1", "v2", "v3"), single.transformationLayer().supportsVersions());
        assertEquals("user-registered-transformer", single.transformationLayer().service());
        assertEquals(List.of(), findings(drafted.board()), "v1's name is v2's firstName and lastName joined, as the spec's transformer makes it");
    }

    @Test
    void contractsStartEmptyCheckedOnPublishAndBreakingTheBuild() throws Exception {
        Drafted drafted = draft(StrategyType.CONSUMER_DRIVEN_CONTRACTS);
        ConsumerDrivenContracts contracts = (ConsumerDrivenContracts) drafted.board().definition(drafted.id()).orElseThrow();
        assertEquals(List.of(), contracts.contracts());
        assertEquals(new ContractValidation(true, true, java.util.Map.of()), contracts.contractValidation());
        assertEquals(List.of(), findings(drafted.board()));
    }
}
