package org.eventstorm.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eventstorm.model.board.EditRefused;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.edit.RemoveSticky;
import org.eventstorm.model.edit.RenameSticky;
import org.eventstorm.model.edit.UnlinkStickies;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.Link;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Policy;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.junit.jupiter.api.Test;

/** A policy written from the spec's template names its command only in its Then section, and that is enough. */
class PolicyThenTest {

    private static StickyId id(String text) {
        return StickyId.parse(text).orElseThrow();
    }

    /** The clean flow with its policy as the template writes one: no issues_command, the command named in Then. */
    private static RuleTestBoard templatePolicy() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("policies/reserve-stock"), Field.ISSUES_COMMAND, Text.EMPTY));
        flow.board().apply(new EditField(id("policies/reserve-stock"), Field.THEN,
                Markdown.list("Check the warehouse first", "Reserve stock for ordered items", "Publish Stock Reserved event")));
        return flow;
    }

    private static List<Link> issues(RuleTestBoard flow) {
        return BoardLinks.of(flow.board()).stream().filter(link -> link.rule() == LinkRule.POLICY_ISSUES_COMMAND).toList();
    }

    @Test
    void aThenLineThatBeginsWithACommandsNameIssuesIt() {
        RuleTestBoard flow = templatePolicy();
        assertEquals(List.of(new Link(LinkRule.POLICY_ISSUES_COMMAND, id("policies/reserve-stock"), id("commands/reserve-stock"))), issues(flow));
        assertEquals(List.of(), flow.findings(), "the template's policy is as good as one with issues_command");
    }

    @Test
    void renamingTheCommandRewritesTheLineThatNamesIt() {
        RuleTestBoard flow = templatePolicy();
        flow.board().apply(new RenameSticky(id("commands/reserve-stock"), "Allocate Stock"));
        Policy policy = (Policy) flow.board().get(id("policies/reserve-stock"));
        assertEquals(List.of("Check the warehouse first", "Allocate Stock for ordered items", "Publish Stock Reserved event"), policy.then());
        assertEquals(1, issues(flow).size());
    }

    @Test
    void theArrowCannotBeRemovedWithoutEditingTheLine() {
        RuleTestBoard flow = templatePolicy();
        EditRefused refused = assertThrows(EditRefused.class,
                () -> flow.board().apply(new UnlinkStickies(id("policies/reserve-stock"), id("commands/reserve-stock"))));
        assertTrue(refused.getMessage().contains("comes from the line 'Reserve stock for ordered items' in its Then section"), refused.getMessage());
        assertEquals(3, ((Policy) flow.board().get(id("policies/reserve-stock"))).then().size(), "nothing a person wrote is removed");
    }

    @Test
    void whenTheCommandIsNotOnTheBoardTheLineNamingThePolicysOwnCommandIsADanglingReference() {
        RuleTestBoard flow = templatePolicy();
        Validator live = Validator.attach(flow.board());
        flow.board().apply(new RemoveSticky(id("commands/reserve-stock")));
        assertEquals(Validator.validate(flow.board()), live.findings(), "the live validator follows the implied reference");
        Finding dangling = flow.findings("dangling-reference").stream().filter(finding -> finding.field() == Field.THEN).findFirst().orElseThrow();
        assertEquals("'Then' names 'Reserve Stock', but there is no command of that name", dangling.message());
        assertEquals(List.of(), flow.findings("policy-without-command"), "the missing command is the finding, said once");
        flow.board().apply(dangling.fix().edit());
        assertEquals(Validator.validate(flow.board()), live.findings());
        assertEquals(1, issues(flow).size(), "the fix adds the command the line names");
        assertTrue(flow.board().contains(id("commands/reserve-stock")));
    }

    @Test
    void aThenSectionThatNamesNoCommandStillWarns() {
        RuleTestBoard flow = templatePolicy();
        Validator live = Validator.attach(flow.board());
        flow.board().apply(new EditField(id("policies/reserve-stock"), Field.THEN, Markdown.list("Tell someone")));
        assertEquals(Validator.validate(flow.board()), live.findings());
        assertEquals("Policy 'Reserve Stock' issues no command; draw an arrow to the command it issues, or begin a Then line with its name",
                flow.findings("policy-without-command").get(0).message());
        flow.add(StickyKind.COMMAND, "Tell Someone");
        assertEquals(Validator.validate(flow.board()), live.findings(), "a command appearing under a Then line's name is picked up live");
        assertEquals(List.of(), flow.findings("policy-without-command"));
    }
}
