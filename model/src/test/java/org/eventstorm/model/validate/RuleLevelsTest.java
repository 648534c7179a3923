package org.eventstorm.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.SampleBoards;
import org.junit.jupiter.api.Test;

/** The validator checks what a board at its level can get wrong, and follows the level as it changes. */
class RuleLevelsTest {

    @Test
    void aFirstStickyAtBigPictureGetsNothingAboutCommandsOrSchemas() {
        Board board = Board.empty(BoardSettings.titled("Kick-off").withLevel(Level.BIG_PICTURE));
        board.apply(AddSticky.at(StickyKind.EVENT.create("Order Placed"), null));
        assertEquals(List.of(), Validator.validate(board), "nothing a big picture can get wrong");
        board.apply(AddSticky.at(StickyKind.EVENT.create("Pay Invoice"), null));
        board.apply(AddSticky.at(StickyKind.EVENT.create("Order Placed"), null));
        assertEquals(List.of("duplicate-name error", "duplicate-name error", "event-not-past-tense info"),
                Validator.validate(board).stream().map(f -> f.ruleId() + " " + f.severity().word()).sorted().toList(),
                "duplicates, and the tense as a hint");
    }

    @Test
    void eachLevelAddsItsOwnRules() {
        Board board = SampleBoards.orderFulfillment();
        Map<Level, Set<String>> rulesAt = new java.util.EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Set<String> ids = new TreeSet<>();
            Validator.check(board, Clock.systemUTC(), level).findings().forEach(finding -> ids.add(finding.ruleId()));
            rulesAt.put(level, ids);
        }
        assertEquals(Set.of("unresolved-hotspot"), rulesAt.get(Level.BIG_PICTURE));
        assertTrue(rulesAt.get(Level.PROCESS).containsAll(rulesAt.get(Level.BIG_PICTURE)), rulesAt.toString());
        assertTrue(rulesAt.get(Level.DESIGN).containsAll(rulesAt.get(Level.PROCESS)), rulesAt.toString());
        for (RuleInfo rule : StandardRules.set().all()) {
            for (Level level : Level.values()) {
                if (!rule.appliesAt(level)) {
                    assertTrue(!rulesAt.get(level).contains(rule.id()), rule.id() + " at " + level);
                }
            }
        }
    }

    @Test
    void theRulesOfEachLevel() {
        Map<Level, List<String>> byLevel = new java.util.EnumMap<>(Level.class);
        StandardRules.set().all().forEach(rule -> byLevel.computeIfAbsent(rule.level(), level -> new ArrayList<>()).add(rule.id()));
        assertEquals(List.of("unresolved-hotspot", "duplicate-name", "event-not-past-tense"), byLevel.get(Level.BIG_PICTURE));
        assertTrue(byLevel.get(Level.PROCESS).containsAll(List.of("dangling-reference", "command-without-event", "policy-without-command")));
        assertTrue(byLevel.get(Level.DESIGN).containsAll(List.of("event-without-schema", "event-type-format", "saga-step-without-timeout",
                "contract-field-missing", "version-past-sunset")));
    }

    @Test
    void changingTheLevelReChecksTheBoardAndTellsWhatWentAndCame() throws Exception {
        Board board = Board.empty(BoardSettings.titled("Kick-off").withLevel(Level.BIG_PICTURE));
        board.apply(AddSticky.at(StickyKind.COMMAND.create("Place Order"), null));
        board.apply(AddSticky.at(StickyKind.EVENT.create("Pay Order"), null));
        try (Validator validator = Validator.attach(board)) {
            List<FindingsChange> heard = new ArrayList<>();
            validator.addListener(heard::add);
            assertEquals(List.of("event-not-past-tense"), validator.findings().stream().map(Finding::ruleId).toList());
            assertEquals(Severity.INFO, validator.findings().get(0).severity());

            board.apply(new EditSettings(board.settings().withLevel(Level.PROCESS)));
            assertEquals(Level.PROCESS, validator.level());
            assertEquals(Set.of("command-without-event", "event-without-producer", "event-without-consumer", "event-not-past-tense"),
                    validator.findings().stream().map(Finding::ruleId).collect(java.util.stream.Collectors.toSet()));
            assertEquals(Severity.WARNING,
                    validator.findings().stream().filter(f -> f.ruleId().equals("event-not-past-tense")).findFirst().orElseThrow().severity(),
                    "a warning once the flow is being modelled");
            assertEquals(1, heard.size());
            assertTrue(heard.get(0).added().size() >= 3, heard.toString());

            board.undo();
            assertEquals(List.of("event-not-past-tense"), validator.findings().stream().map(Finding::ruleId).toList());
            assertEquals(Validator.validate(board), validator.findings(), "the live findings are the one-off check's");
        }
    }

    @Test
    void aRuleSetInBoardYamlStillWaitsForItsLevel() {
        BoardSettings settings = BoardSettings.titled("Kick-off").withLevel(Level.BIG_PICTURE);
        Board board = Board.empty(new BoardSettings(settings.title(), "", "", Level.BIG_PICTURE, List.of(),
                Map.of("event-without-schema", "error", "event-not-past-tense", "error"), List.of()));
        board.apply(AddSticky.at(StickyKind.EVENT.create("Pay Order"), null));
        assertEquals(List.of("event-not-past-tense error"),
                Validator.validate(board).stream().map(f -> f.ruleId() + " " + f.severity().word()).toList(),
                "a severity from board.yaml wins over the level's hint; a rule for a deeper level does not run");
    }
}
