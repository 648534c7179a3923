package org.eventstorm.model.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** rules.md documents every rule, so the user guide cannot fall behind the code. */
class RulesDocumentationTest {

    @Test
    void everyRuleHasASectionWithABadAndAGoodExample() throws IOException {
        String guide = Files.readString(Path.of("../src/site/markdown/rules.md"));
        for (RuleInfo rule : StandardRules.set().all()) {
            int section = guide.indexOf("### `" + rule.id() + "`");
            assertTrue(section >= 0, "rules.md has no section for " + rule.id());
            int next = guide.indexOf("\n### ", section + 1);
            String text = guide.substring(section, next < 0 ? guide.length() : next);
            assertTrue(text.contains("Bad") && text.contains("Good"), rule.id() + " needs a bad and a good example");
            assertTrue(text.toLowerCase().contains(rule.defaultSeverity().word()) || rule.id().equals("unresolved-hotspot"),
                    rule.id() + " should state its severity");
        }
    }
}
