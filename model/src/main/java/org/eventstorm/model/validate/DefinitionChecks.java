package org.eventstorm.model.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.definition.Definition;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The validator's part for saga and strategy files. A definition's verdict depends on the file and on the commands,
 * events, aggregates and policies it names, so it is re-checked when it changes, when a sticky of those kinds changes
 * or when the settings change. Boards hold a handful of definitions, so re-checking them all is cheap.
 */
final class DefinitionChecks {
    /** The kinds a definition's verdict reads. */
    private static final Set<StickyKind> READ_KINDS = EnumSet.of(StickyKind.COMMAND, StickyKind.EVENT, StickyKind.AGGREGATE, StickyKind.POLICY);

    private final Board board;
    private final List<DefinitionRule> rules;
    private final ValidationContext context;
    private final Map<DefinitionId, List<Finding>> byDefinition = new HashMap<>();

    DefinitionChecks(Board board, List<DefinitionRule> rules, ValidationContext context) {
        this.board = board;
        this.rules = rules;
        this.context = context;
    }

    void validateAll(RuleSettings settings) {
        byDefinition.clear();
        board.definitions().forEach((id, definition) -> byDefinition.put(id, check(id, definition, settings)));
    }

    void changed(BoardChange change, RuleSettings settings, boolean settingsChanged, FindingsDelta delta) {
        if (rules.isEmpty()) {
            return;
        }
        Set<DefinitionId> recheck = new TreeSet<>();
        boolean all = settingsChanged;
        for (Change primitive : change.changes()) {
            if (primitive instanceof Change.DefinitionChange definitionChange) {
                recheck.add(definitionChange.id());
            } else if (primitive instanceof Change.StickyChange sticky && READ_KINDS.contains(sticky.id().kind())) {
                all = true;
            }
        }
        if (all) {
            recheck.addAll(board.definitions().keySet());
            recheck.addAll(byDefinition.keySet());
        }
        for (DefinitionId id : recheck) {
            List<Finding> before = byDefinition.getOrDefault(id, List.of());
            List<Finding> after = board.definition(id).map(definition -> check(id, definition, settings)).orElse(List.of());
            delta.replace(before, after);
            if (board.definition(id).isPresent()) {
                byDefinition.put(id, after);
            } else {
                byDefinition.remove(id);
            }
        }
    }

    List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        byDefinition.values().forEach(all::addAll);
        return all;
    }

    List<Finding> findingsOn(DefinitionId id) {
        List<Finding> found = new ArrayList<>(byDefinition.getOrDefault(id, List.of()));
        found.sort(Finding.ORDER);
        return found;
    }

    private List<Finding> check(DefinitionId id, Definition definition, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (DefinitionRule rule : rules) {
            if (rule.kind() == id.kind() && settings.runs(rule)) {
                findings.addAll(settings.apply(rule, rule.check(id, definition, context)));
            }
        }
        return List.copyOf(findings);
    }
}
