package org.eventstorm.model.validate;

import java.util.ArrayList;
import java.util.List;

/** The rules a validator runs: those on stickies and those on saga and strategy files. */
public record RuleSet(List<Rule> stickyRules, List<DefinitionRule> definitionRules) {
    public RuleSet {
        stickyRules = List.copyOf(stickyRules);
        definitionRules = List.copyOf(definitionRules);
    }

    /** Every rule, sticky rules first, as documentation and SARIF list them. */
    public List<RuleInfo> all() {
        List<RuleInfo> all = new ArrayList<>(stickyRules);
        all.addAll(definitionRules);
        return List.copyOf(all);
    }
}
