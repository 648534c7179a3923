package org.eventstorm.model.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyKind;
import org.junit.jupiter.api.Test;

class LinkRuleTest {

    @Test
    void theGrammarOfDesignSectionTwo() {
        assertEquals(Optional.of(LinkRule.ACTOR_ISSUES_COMMAND), LinkRule.between(StickyKind.ACTOR, StickyKind.COMMAND));
        assertEquals(Optional.of(LinkRule.COMMAND_PRODUCES_EVENT), LinkRule.between(StickyKind.COMMAND, StickyKind.EVENT));
        assertEquals(Optional.of(LinkRule.COMMAND_HANDLED_BY_AGGREGATE), LinkRule.between(StickyKind.COMMAND, StickyKind.AGGREGATE));
        assertEquals(Optional.of(LinkRule.AGGREGATE_EMITS_EVENT), LinkRule.between(StickyKind.AGGREGATE, StickyKind.EVENT));
        assertEquals(Optional.of(LinkRule.EVENT_TRIGGERS_POLICY), LinkRule.between(StickyKind.EVENT, StickyKind.POLICY));
        assertEquals(Optional.of(LinkRule.POLICY_ISSUES_COMMAND), LinkRule.between(StickyKind.POLICY, StickyKind.COMMAND));
        assertEquals(Optional.of(LinkRule.EVENT_BUILDS_READ_MODEL), LinkRule.between(StickyKind.EVENT, StickyKind.READ_MODEL));
        assertEquals(Optional.of(LinkRule.READ_MODEL_INFORMS_ACTOR), LinkRule.between(StickyKind.READ_MODEL, StickyKind.ACTOR));
        assertEquals(Optional.of(LinkRule.COMMAND_SENT_TO_EXTERNAL_SYSTEM), LinkRule.between(StickyKind.COMMAND, StickyKind.EXTERNAL_SYSTEM));
        assertEquals(Optional.of(LinkRule.EXTERNAL_SYSTEM_PRODUCES_EVENT), LinkRule.between(StickyKind.EXTERNAL_SYSTEM, StickyKind.EVENT));
        for (StickyKind kind : StickyKind.values()) {
            assertEquals(Optional.of(LinkRule.HOTSPOT_CONCERNS), LinkRule.between(StickyKind.HOTSPOT, kind));
        }
        assertEquals(Field.ACTOR, LinkRule.ACTOR_ISSUES_COMMAND.field());
        assertEquals(StickyKind.COMMAND, LinkRule.ACTOR_ISSUES_COMMAND.ownerKind());
    }

    @Test
    void aForbiddenPairIsRefusedNamingTheAllowedTargets() {
        assertTrue(LinkRule.between(StickyKind.EVENT, StickyKind.AGGREGATE).isEmpty());
        assertEquals("A Domain Event cannot point at an Aggregate. It can point at a Policy (triggers) or a Read Model (builds).",
                LinkRule.refusal(StickyKind.EVENT, StickyKind.AGGREGATE));
        assertEquals("An Actor cannot point at a Domain Event. It can point at a Command (issues).",
                LinkRule.refusal(StickyKind.ACTOR, StickyKind.EVENT));
    }
}
