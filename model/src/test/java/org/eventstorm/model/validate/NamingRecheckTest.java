package org.eventstorm.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Naming;
import org.eventstorm.model.board.Naming.EventTypeStyle;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.validate.rules.CommandWithoutEventRule;
import org.eventstorm.model.validate.rules.EventTypeFormatRule;
import org.eventstorm.model.validate.rules.EventWithoutProducerRule;
import org.junit.jupiter.api.Test;

/** A change of the board's naming conventions checks again only what each rule says the change concerns. */
class NamingRecheckTest {

    @Test
    void aLanguageChangeChecksAgainOnlyTheStickiesWithFindings() throws Exception {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        for (int i = 0; i < 20; i++) {
            flow.add(StickyKind.COMMAND, "Ship Parcel " + i, Field.PRODUCES_EVENTS, org.eventstorm.model.sticky.Markdown.list("Parcel Shipped " + i));
            flow.add(StickyKind.EVENT, "Parcel Shipped " + i, Field.SCHEMA, RuleTestBoard.schema());
        }
        StickyId lonely = flow.add(StickyKind.EVENT, "Invoice Sent", Field.SCHEMA, RuleTestBoard.schema());
        StickyId silent = flow.add(StickyKind.COMMAND, "Cancel Order");
        Counting producer = new Counting(new EventWithoutProducerRule());
        Counting produces = new Counting(new CommandWithoutEventRule());
        Counting eventType = new Counting(new EventTypeFormatRule());
        List<Rule> rules = new ArrayList<>(
                StandardRules.set().stickyRules().stream().filter(rule -> !Set.of(producer.id(), produces.id(), eventType.id()).contains(rule.id())).toList());
        rules.addAll(List.of(producer, produces, eventType));
        RuleSet set = new RuleSet(rules, StandardRules.set().definitionRules());
        Board board = flow.board();
        Validator live = Validator.attach(board, set);
        assertNotNull(fixOn(live, "event-without-producer", lonely), "in English the event's finding offers its command");
        assertNotNull(fixOn(live, "command-without-event", silent));
        producer.checked.clear();
        produces.checked.clear();
        eventType.checked.clear();

        board.apply(new EditSettings(board.settings().withNaming(board.settings().naming().withLanguage("de"))));

        assertEquals(List.of(lonely), producer.checked, "only the event without a producer is checked again, not every event's links");
        assertEquals(List.of(silent), produces.checked);
        assertEquals(List.of(), eventType.checked, "the language is not the event type style");
        assertNull(fixOn(live, "event-without-producer", lonely), "no English name is offered on a German board");
        assertNull(fixOn(live, "command-without-event", silent));
        assertEquals(fresh(board, set), live.findings());

        board.apply(new EditSettings(board.settings().withNaming(board.settings().naming().withLanguage("en"))));
        assertNotNull(fixOn(live, "event-without-producer", lonely), "back in English the fix comes back");
        assertEquals(fresh(board, set), live.findings());
    }

    @Test
    void anEventTypeStyleChangeChecksEveryEventType() throws Exception {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.add(StickyKind.EVENT, "Parcel Shipped", Field.SCHEMA, RuleTestBoard.schema(), Field.EVENT_TYPE, Text.of("shipping.parcel.shipped.v1"));
        Counting eventType = new Counting(new EventTypeFormatRule());
        List<Rule> rules = new ArrayList<>(StandardRules.set().stickyRules().stream().filter(rule -> !rule.id().equals(eventType.id())).toList());
        rules.add(eventType);
        RuleSet set = new RuleSet(rules, StandardRules.set().definitionRules());
        Board board = flow.board();
        Validator live = Validator.attach(board, set);
        assertEquals(List.of(), live.findings().stream().filter(finding -> finding.ruleId().equals("event-type-format")).toList());
        eventType.checked.clear();

        board.apply(new EditSettings(board.settings().withNaming(new Naming("en", EventTypeStyle.CLOUDEVENTS))));

        assertEquals(board.ids().size(), eventType.checked.size(), "the style decides every type's finding");
        assertEquals(2, live.findings().stream().filter(finding -> finding.ruleId().equals("event-type-format")).count());
        assertEquals(fresh(board, set), live.findings());
    }

    /** What a validator that never saw the edits finds. */
    private static List<Finding> fresh(Board board, RuleSet set) throws Exception {
        Validator validator = Validator.attach(board, set);
        validator.close();
        return validator.findings();
    }

    private static Fix fixOn(Validator validator, String ruleId, StickyId id) {
        return validator.findings().stream().filter(
                finding -> finding.ruleId().equals(ruleId) && finding.stickyId().filter(id::equals).isPresent()).findFirst().orElseThrow().fix();
    }

    /** A rule as another, counting the stickies it checks. */
    private static final class Counting implements Rule {
        private final Rule rule;
        final List<StickyId> checked = new ArrayList<>();

        Counting(Rule rule) {
            this.rule = rule;
        }

        @Override
        public String id() {
            return rule.id();
        }

        @Override
        public String title() {
            return rule.title();
        }

        @Override
        public org.eventstorm.model.validate.Severity defaultSeverity() {
            return rule.defaultSeverity();
        }

        @Override
        public Level level() {
            return rule.level();
        }

        @Override
        public boolean readsEnglish() {
            return rule.readsEnglish();
        }

        @Override
        public Scope scope() {
            return rule.scope();
        }

        @Override
        public boolean suggestsNames() {
            return rule.suggestsNames();
        }

        @Override
        public Set<String> sought(StickyId id, Sticky sticky, ValidationContext context) {
            return rule.sought(id, sticky, context);
        }

        @Override
        public Optional<Advice> advise(Finding finding, ValidationContext context) {
            return rule.advise(finding, context);
        }

        @Override
        public NamingRecheck onNamingChange(Naming before, Naming after) {
            return rule.onNamingChange(before, after);
        }

        @Override
        public List<Finding> check(StickyId id, Sticky sticky, ValidationContext context) {
            checked.add(id);
            return rule.check(id, sticky, context);
        }
    }
}
