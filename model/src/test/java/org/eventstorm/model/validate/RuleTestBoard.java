package org.eventstorm.model.validate;

import java.util.List;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FieldValue;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;

/** Small boards built in code for rule tests: a clean flow, then one defect added per test. */
final class RuleTestBoard {
    private final Board board = Board.empty(BoardSettings.titled("Rules").withLevel(Level.DESIGN));
    private int column;

    /** Actor -> command -> aggregate -> event -> policy -> command -> event -> read model, all clean. */
    static RuleTestBoard cleanFlow() {
        RuleTestBoard flow = new RuleTestBoard();
        flow.add(StickyKind.ACTOR, "Customer");
        flow.add(StickyKind.COMMAND, "Place Order", Field.ACTOR, Text.of("Customer"), Field.PRODUCES_EVENTS, Markdown.list("Order Placed"));
        flow.add(StickyKind.AGGREGATE, "Order", Field.INVARIANTS, Markdown.list("Total is never negative"),
                Field.COMMANDS_HANDLED, Markdown.list("Place Order", "Reserve Stock"), Field.EVENTS_EMITTED, Markdown.list("Order Placed", "Stock Reserved"));
        flow.add(StickyKind.EVENT, "Order Placed", Field.SCHEMA, schema(), Field.EVENT_TYPE, Text.of("orders.order.placed.v1"));
        flow.add(StickyKind.POLICY, "Reserve Stock", Field.TRIGGER_EVENT, Text.of("Order Placed"), Field.ISSUES_COMMAND, Text.of("Reserve Stock"));
        flow.add(StickyKind.COMMAND, "Reserve Stock", Field.PRODUCES_EVENTS, Markdown.list("Stock Reserved"));
        flow.add(StickyKind.EVENT, "Stock Reserved", Field.SCHEMA, schema());
        flow.add(StickyKind.READ_MODEL, "Order Status", Field.BUILT_FROM, Markdown.list("Order Placed", "Stock Reserved"),
                Field.INFORMS, Markdown.list("Customer"));
        return flow;
    }

    static FieldValue schema() {
        return new org.eventstorm.model.sticky.SchemaFields(List.of(org.eventstorm.model.sticky.SchemaField.of("orderId", "string", true)));
    }

    StickyId add(StickyKind kind, String name, Object... fieldsAndValues) {
        Sticky sticky = kind.create(name);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            sticky = sticky.with((Field) fieldsAndValues[i], (FieldValue) fieldsAndValues[i + 1]);
        }
        Geometry place = new Geometry(40 + 220 * column++, 40, kind.defaultWidth(), kind.defaultHeight());
        return board.apply(AddSticky.at(sticky, place)).addedIds().get(0);
    }

    Board board() {
        return board;
    }

    List<Finding> findings() {
        return Validator.validate(board);
    }

    List<Finding> findings(String ruleId) {
        return findings().stream().filter(finding -> finding.ruleId().equals(ruleId)).toList();
    }
}
