package org.eventstorm.model.validate;

import static org.eventstorm.model.support.SampleBoards.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Swimlane;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Names;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.support.SampleBoards;
import org.junit.jupiter.api.Test;

/** Each rule on a board that triggers it and on the clean board that does not. */
class RulesTest {

    private static String fixLabel(Finding finding) {
        return finding.suggestedFix().map(Fix::label).orElse("");
    }

    @Test
    void theCleanFlowHasNoFindings() {
        assertEquals(List.of(), RuleTestBoard.cleanFlow().findings());
    }

    @Test
    void orderFulfillmentHasExactlyItsTwoOpenHotspots() {
        List<Finding> findings = Validator.validate(SampleBoards.orderFulfillment());
        assertEquals(List.of(
                "hotspots/inventory-sync-delay warning unresolved-hotspot: Hotspot 'Inventory Sync Delay' is unresolved (medium): Stock levels"
                        + " from the warehouse system arrive up to 10 minutes late, so a reservation can succeed for stock that is already gone",
                "hotspots/payment-race-condition error unresolved-hotspot: Hotspot 'Payment Race Condition' is unresolved (high):"
                        + " Multiple simultaneous orders could authorize same payment method causing overdraft"),
                findings.stream().map(f -> f.sticky() + " " + f.severity().word() + " " + f.ruleId() + ": " + f.message()).toList());
        java.time.Clock day = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T00:00:00Z"), java.time.ZoneOffset.UTC);
        assertEquals(List.of(), Validator.check(SampleBoards.load("user-registration").board(), day).findings(),
                "clean as of the day the sample was written (its v1 is to be retired on 2027-06-30)");
    }

    @Test
    void unresolvedHotspotFollowsTheHotspotsSeverityUntilResolvedWithAResolution() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        var hotspot = flow.add(StickyKind.HOTSPOT, "Stock Race", Field.SEVERITY, Text.of("critical"), Field.ISSUE, Markdown.of("Two orders, one item"));
        assertEquals(Severity.ERROR, flow.findings("unresolved-hotspot").get(0).severity());
        flow.board().apply(new EditField(hotspot, Field.SEVERITY, Text.of("low")));
        assertEquals(Severity.INFO, flow.findings("unresolved-hotspot").get(0).severity());
        flow.board().apply(new EditField(hotspot, Field.STATUS, Text.of("resolved")));
        assertEquals("Hotspot 'Stock Race' is marked resolved but has no Resolution; write down what was decided",
                flow.findings("unresolved-hotspot").get(0).message());
        flow.board().apply(new EditField(hotspot, Field.RESOLUTION, Markdown.of("Reserve stock atomically")));
        assertEquals(List.of(), flow.findings());
    }

    @Test
    void aHotspotsIssueOverSeveralLinesIsWholeInItsOneLineFinding() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.add(StickyKind.HOTSPOT, "Stock Race", Field.SEVERITY, Text.of("high"),
                Field.ISSUE, Markdown.of("Two orders can reserve\nthe same last item\n\nand both are confirmed"));
        assertEquals("Hotspot 'Stock Race' is unresolved (high): Two orders can reserve the same last item and both are confirmed",
                flow.findings("unresolved-hotspot").get(0).message());
        flow.board().apply(new EditField(flow.board().named(StickyKind.HOTSPOT, "Stock Race").get(0), Field.ISSUE,
                Markdown.of("word ".repeat(100))));
        String message = flow.findings("unresolved-hotspot").get(0).message();
        assertTrue(message.endsWith("word\u2026") && message.length() < 360, message);
    }

    @Test
    void danglingReferenceSuggestsTheNearestNameAndFixesIt() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        Board board = flow.board();
        board.apply(new EditField(id("read-models/order-status"), Field.BUILT_FROM, Markdown.list("Order Placd", "Stock Reserved")));
        Validator validator = Validator.check(board);
        Finding finding = validator.findings().stream().filter(f -> f.ruleId().equals("dangling-reference")).findFirst().orElseThrow();
        assertEquals("'Built From' names 'Order Placd', but there is no domain event of that name", finding.message());
        assertEquals(Field.BUILT_FROM, finding.field());
        assertEquals("did you mean 'Order Placed'?", validator.adviceFor(finding).orElseThrow().text());
        assertEquals(List.of("Change to 'Order Placed'", "Add Domain Event 'Order Placd'"),
                validator.fixesFor(finding).stream().map(Fix::label).toList());
        board.apply(validator.fixesFor(finding).get(0).edit());
        assertEquals(List.of(), flow.findings());
    }

    @Test
    void danglingReferenceWithoutANearNameOffersToAddTheSticky() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("policies/reserve-stock"), Field.ISSUES_COMMAND, Text.of("Page Warehouse Clerk")));
        Finding finding = flow.findings("dangling-reference").get(0);
        assertEquals("'issues_command' names 'Page Warehouse Clerk', but there is no command of that name", finding.message());
        assertEquals("Add Command 'Page Warehouse Clerk'", fixLabel(finding));
        assertTrue(Validator.check(flow.board()).adviceFor(finding).isEmpty(), "no name is near 'Page Warehouse Clerk'");
        flow.board().apply(finding.fix().edit());
        assertTrue(flow.board().contains(id("commands/page-warehouse-clerk")));
        assertEquals(List.of(), flow.findings("dangling-reference"));
    }

    @Test
    void anActorWrittenAsTextIsNoDanglingReference() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("commands/place-order"), Field.ACTOR, Text.of("Warehouse Clerk")));
        assertEquals(List.of(), flow.findings("dangling-reference"), "the spec's templates write a role as the actor, with no actor sticky");
    }

    @Test
    void ambiguousReferenceAsksForTheKind() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.add(StickyKind.HOTSPOT, "Slow Stock", Field.ABOUT, Names.of("Reserve Stock"), Field.STATUS, Text.of("resolved"),
                Field.RESOLUTION, Markdown.of("Accepted"));
        assertEquals("'about' names 'Reserve Stock', which is the name of a Command and a Policy; write 'Reserve Stock (command)'"
                + " or 'Reserve Stock (policy)' to say which", flow.findings("ambiguous-reference").get(0).message());
        flow.board().apply(new EditField(id("hotspots/slow-stock"), Field.ABOUT, Names.of("Reserve Stock (policy)")));
        assertEquals(List.of(), flow.findings());
    }

    @Test
    void duplicateNameIsAnErrorOnBothStickies() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.add(StickyKind.EVENT, "order placed", Field.SCHEMA, RuleTestBoard.schema());
        List<Finding> findings = flow.findings("duplicate-name");
        assertEquals(2, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("Another domain event is also named 'Order Placed' (events/order-placed-2.md); references to the name cannot"
                + " tell them apart, so rename one", findings.get(0).message());
    }

    @Test
    void eventNotInThePastTenseSuggestsTheEventName() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        var event = flow.add(StickyKind.EVENT, "Ship Order", Field.SCHEMA, RuleTestBoard.schema());
        Finding finding = flow.findings("event-not-past-tense").get(0);
        assertEquals("Event 'Ship Order' is not named in the past tense; an event says what happened, e.g. 'Order Shipped'", finding.message());
        flow.board().apply(finding.fix().edit());
        assertEquals("Order Shipped", flow.board().get(id("events/order-shipped")).name());
        assertTrue(flow.findings("event-not-past-tense").isEmpty());
        assertTrue(!flow.board().contains(event));
    }

    @Test
    void pastTenseKnowsIrregularVerbs() {
        for (String name : List.of("Invoice Paid", "Email Sent", "Index Built", "Funds Held", "Item Sold", "Order Placed",
                "Item Added to Cart", "Payment Authorized", "Subscription Renewed", "Price Set", "Order Shipped")) {
            assertTrue(EnglishNames.isPastTense(name), name);
        }
        for (String name : List.of("Place Order", "Order", "Shipping Notification", "Pay Invoice", "Feed")) {
            assertTrue(!EnglishNames.isPastTense(name), name);
        }
        assertEquals("Invoice Paid", EnglishNames.asEvent("Pay Invoice").orElseThrow());
        assertEquals("Item Added to Cart", EnglishNames.asEvent("Add Item to Cart").orElseThrow());
        assertEquals("Pay Invoice", EnglishNames.asCommand("Invoice Paid").orElseThrow());
        assertEquals("Add Item to Cart", EnglishNames.asCommand("Item Added to Cart").orElseThrow());
        assertEquals("Ship Order", EnglishNames.asCommand("Order Shipped").orElseThrow());
        assertEquals("Verify Account", EnglishNames.asCommand("Account Verified").orElseThrow());
    }

    @Test
    void commandNotImperativeSuggestsTheCommandName() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new org.eventstorm.model.edit.RenameSticky(id("commands/reserve-stock"), "Stock Reserved"));
        Finding finding = flow.findings("command-not-imperative").get(0);
        assertEquals("Command 'Stock Reserved' reads like an event; a command says what to do, e.g. 'Reserve Stock'", finding.message());
        assertEquals("Rename to 'Reserve Stock'", fixLabel(finding));
        for (String name : List.of("Place Order", "Set Price", "Reset Password", "Order Pizza", "Confirm Shipped Order", "Add to Cart")) {
            assertTrue(EnglishNames.isImperative(name), name);
        }
        for (String name : List.of("Order Placed", "Placing Order", "Item Added to Cart", "Sent Invoice")) {
            assertTrue(!EnglishNames.isImperative(name), name);
        }
    }

    @Test
    void aCommandNamedAsAThingIsNotAnInstruction() {
        for (String name : List.of("Loan Renewal", "Payment", "Order Cancellation", "Registration", "Cancellation of Order")) {
            assertTrue(EnglishNames.isNounPhrase(name), name);
        }
        for (String name : List.of("Approve Payment", "Process Payment", "Schedule Delivery", "Record Payment", "Request Approval",
                "Book Appointment", "Submit Application", "Cancel Subscription", "Place Order", "Renew Loan")) {
            assertTrue(!EnglishNames.isNounPhrase(name), name);
        }
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new org.eventstorm.model.edit.RenameSticky(id("commands/reserve-stock"), "Order Cancellation"));
        Finding finding = flow.findings("command-not-imperative").get(0);
        assertEquals("Command 'Order Cancellation' names a thing, not an action; a command says what to do, e.g. 'Cancel Order'", finding.message());
        assertEquals("Rename to 'Cancel Order'", fixLabel(finding));
        assertEquals("Renew Loan", EnglishNouns.asInstruction("Loan Renewal").orElseThrow());
        assertEquals("Register", EnglishNouns.asInstruction("Registration").orElseThrow());
    }

    @Test
    void anEventIsPutInThePastTenseWhereItsVerbCanBeTold() {
        assertEquals("Order Created", EnglishNames.pastTenseOf("Order Create").orElseThrow());
        assertEquals("Order Created", EnglishNames.pastTenseOf("Create Order").orElseThrow());
        assertEquals("Order Cancelled", EnglishNames.pastTenseOf("Order Cancellation").orElseThrow());
        assertEquals("Item Added to Cart", EnglishNames.pastTenseOf("Add Item to Cart").orElseThrow());
        assertEquals(java.util.Optional.empty(), EnglishNames.pastTenseOf("Stock Low"), "no verb to put in the past: no wrong English offered");
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.add(StickyKind.EVENT, "Stock Low");
        Finding finding = flow.findings("event-not-past-tense").get(0);
        assertEquals(null, finding.fix(), "nothing offered rather than 'Low Stocked'");
    }

    @Test
    void aBoardInAnotherLanguageIsNotCheckedForEnglishGrammarAndSaysSoOnce() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.add(StickyKind.EVENT, "Bestellung aufgegeben");
        flow.add(StickyKind.COMMAND, "Commande passée");
        assertEquals(1, flow.findings("event-not-past-tense").size(), "read as English, 'aufgegeben' is no past tense");
        Validator live = Validator.attach(flow.board());
        flow.board().apply(new EditSettings(flow.board().settings().withNaming(flow.board().settings().naming().withLanguage("de"))));
        assertEquals(Validator.validate(flow.board()), live.findings(), "a language change re-checks every name");
        assertEquals(List.of(), flow.findings("event-not-past-tense"));
        assertEquals(List.of(), flow.findings("command-not-imperative"));
        assertTrue(flow.findings("command-without-event").stream().allMatch(finding -> finding.fix() == null),
                "no English name is offered on a German board");
        List<Finding> said = flow.findings("rule-config");
        assertEquals(1, said.size());
        assertEquals("board.yaml says the names are in 'de'; command-not-imperative and event-not-past-tense read English only, so they do"
                + " not run here and names are not checked for tense or mood; every other rule is language-free", said.get(0).message());
        assertEquals(Severity.INFO, said.get(0).severity());
    }

    @Test
    void commandWithoutEventOffersToAddTheEvent() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        var command = flow.add(StickyKind.COMMAND, "Cancel Order");
        Finding finding = flow.findings("command-without-event").get(0);
        assertEquals("Add event 'Order Cancelled'", fixLabel(finding));
        flow.board().apply(finding.fix().edit());
        assertEquals(List.of("Order Cancelled"), ((org.eventstorm.model.sticky.Command) flow.board().get(command)).producesEvents());
        assertTrue(flow.findings("command-without-event").isEmpty());
        assertEquals(List.of("event-without-consumer", "event-without-schema"),
                flow.findings().stream().map(Finding::ruleId).toList(), "the new event still needs a consumer and a schema");
    }

    @Test
    void eventWithoutProducerOffersTheCommand() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("commands/reserve-stock"), Field.PRODUCES_EVENTS, Markdown.EMPTY));
        flow.board().apply(new EditField(id("aggregates/order"), Field.EVENTS_EMITTED, Markdown.list("Order Placed")));
        Finding finding = flow.findings("event-without-producer").get(0);
        assertEquals("Nothing produces event 'Stock Reserved': no command, aggregate or external system lists it; link the command"
                + " that causes it", finding.message());
        assertEquals("Link from command 'Reserve Stock'", fixLabel(finding));
        flow.board().apply(finding.fix().edit());
        assertEquals(List.of(), flow.findings());
    }

    @Test
    void eventWithoutConsumer() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("read-models/order-status"), Field.BUILT_FROM, Markdown.list("Order Placed")));
        assertEquals("Nobody reacts to event 'Stock Reserved': no policy is triggered by it and no read model is built from it",
                flow.findings("event-without-consumer").get(0).message());
    }

    @Test
    void policyWithoutTriggerOrCommand() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("policies/reserve-stock"), Field.TRIGGER_EVENT, Text.EMPTY));
        flow.board().apply(new EditField(id("policies/reserve-stock"), Field.ISSUES_COMMAND, Text.EMPTY));
        assertEquals(1, flow.findings("policy-without-trigger").size());
        Finding noCommand = flow.findings("policy-without-command").get(0);
        assertEquals("Link to command 'Reserve Stock'", fixLabel(noCommand));
        flow.board().apply(noCommand.fix().edit());
        assertTrue(flow.findings("policy-without-command").isEmpty());
    }

    @Test
    void aggregateWithoutInvariants() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("aggregates/order"), Field.INVARIANTS, Markdown.EMPTY));
        assertEquals("Aggregate 'Order' has no invariants; list the rules it must always keep true",
                flow.findings("aggregate-without-invariants").get(0).message());
    }

    @Test
    void eventTypeFormat() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("events/order-placed"), Field.EVENT_TYPE, Text.of("Orders.Order.Placed")));
        Finding finding = flow.findings("event-type-format").get(0);
        assertEquals("Change to 'orders.order.placed.v1'", fixLabel(finding));
        flow.board().apply(finding.fix().edit());
        assertEquals(List.of(), flow.findings());
        flow.board().apply(new EditField(id("events/order-placed"), Field.EVENT_TYPE, Text.of("order-placed")));
        assertEquals("", fixLabel(flow.findings("event-type-format").get(0)));
        for (String good : List.of("orders.order.placed.v1", "carts.cart.item-added.v12", "users.user.registered.v3")) {
            assertTrue(org.eventstorm.model.validate.rules.EventTypeFormatRuleAccess.matches(good), good);
        }
    }

    @Test
    void everySchemaFieldTheExportsCannotUseAsWrittenIsNamed() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("events/order-placed"), Field.SCHEMA, new org.eventstorm.model.sticky.SchemaFields(List.of(
                org.eventstorm.model.sticky.SchemaField.of("orderId", "uuid", true), org.eventstorm.model.sticky.SchemaField.of("", "string", true),
                org.eventstorm.model.sticky.SchemaField.of("total", "", true), org.eventstorm.model.sticky.SchemaField.of("total", "decimal", true),
                org.eventstorm.model.sticky.SchemaField.of("customer id", "strnig", true),
                org.eventstorm.model.sticky.SchemaField.of("tags", "string[]", false)))));
        assertEquals(List.of("field 2 of the schema has no name, so the exports leave it out; give it a name in camel case, such as orderId",
                "field 'total' of the schema has no type; give it one, such as string, integer, decimal, boolean, uuid, timestamp or a list like string[]",
                "field 'total' is listed twice in the schema; keep one",
                "field 'customer id' of the schema is not an identifier (letters, digits and _); did you mean 'customerId'?",
                "field 'customer id' of the schema has the type 'strnig', which the exports do not know; did you mean 'string'?").stream().sorted().toList(),
                flow.findings("schema-field").stream().map(Finding::message).sorted().toList());
        assertTrue(flow.findings("event-without-schema").isEmpty(), "the fields that are usable are still the schema");
    }

    @Test
    void aBoardThatFollowsCloudEventsTypesSaysSoAndIsCheckedAgainstThat() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("events/order-placed"), Field.EVENT_TYPE, Text.of("orders.order.OrderPlaced")));
        assertEquals("event_type 'orders.order.OrderPlaced' should be {domain}.{entity}.{action}.v{n} in lower case, e.g. orders.order.placed.v1;"
                + " it follows the cloudevents convention: if the board does, say so with event_types: cloudevents in board.yaml",
                flow.findings("event-type-format").get(0).message());
        Validator live = Validator.attach(flow.board());
        flow.board().apply(new EditSettings(flow.board().settings().withNaming(
                new org.eventstorm.model.board.Naming("en", org.eventstorm.model.board.Naming.EventTypeStyle.CLOUDEVENTS))));
        assertEquals(Validator.validate(flow.board()), live.findings());
        assertEquals(List.of(), flow.findings("event-type-format"));
        flow.board().apply(new EditField(id("events/order-placed"), Field.EVENT_TYPE, Text.of("orders.order.placed.v1")));
        Finding finding = flow.findings("event-type-format").get(0);
        assertEquals("Change to 'orders.order.OrderPlaced'", fixLabel(finding));
        flow.board().apply(finding.fix().edit());
        assertEquals(List.of(), flow.findings("event-type-format"));
    }

    @Test
    void unknownContextOnlyOnceTheBoardHasContexts() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("aggregates/order"), Field.CONTEXT, Text.of("Ordering")));
        assertTrue(flow.findings("unknown-context").isEmpty());
        flow.board().apply(new EditSettings(flow.board().settings().withContexts(List.of(
                BoundedContext.of("Orders", "order-service", new Swimlane(0, 300))))));
        Finding finding = flow.findings("unknown-context").get(0);
        assertEquals("'Order' belongs to context 'Ordering', which the board does not have; add it to the board's contexts or change it to"
                + " one of them", finding.message());
        Validator validator = Validator.check(flow.board());
        assertEquals("contexts are Orders; did you mean 'Orders'?", validator.adviceFor(finding).orElseThrow().text());
        Fix fix = validator.fixesFor(finding).get(0);
        assertEquals("Change to 'Orders'", fix.label());
        flow.board().apply(fix.edit());
        assertTrue(flow.findings("unknown-context").isEmpty());
    }

    @Test
    void aChangeOfTheBoardsContextsRechecksTheStickiesNamingOneThatCameOrWent() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("aggregates/order"), Field.CONTEXT, Text.of("Ordering")));
        flow.board().apply(new EditField(id("commands/place-order"), Field.CONTEXT, Text.of("billing ")));
        Validator live = Validator.attach(flow.board());
        List<BoundedContext> orders = List.of(BoundedContext.of("Orders", "order-service", null));
        flow.board().apply(new EditSettings(flow.board().settings().withContexts(orders)));
        assertEquals(List.of(id("commands/place-order"), id("aggregates/order")), stickiesOf(live.findings()));
        List<BoundedContext> withOrdering = List.of(orders.get(0), BoundedContext.of("ORDERING", "order-service", null));
        flow.board().apply(new EditSettings(flow.board().settings().withContexts(withOrdering)));
        assertEquals(List.of(id("commands/place-order")), stickiesOf(live.findings()));
        flow.board().apply(new EditSettings(flow.board().settings().withContexts(List.of(withOrdering.get(1), BoundedContext.of("Billing", "", null)))));
        assertEquals(List.of(), live.findings());
        flow.board().apply(new EditSettings(flow.board().settings().withContexts(List.of())));
        assertEquals(List.of(), live.findings());
        flow.board().apply(new EditSettings(flow.board().settings().withContexts(orders)));
        assertEquals(Validator.validate(flow.board()), live.findings());
        assertEquals(List.of(id("commands/place-order"), id("aggregates/order")), stickiesOf(live.findings()));
    }

    private static List<StickyId> stickiesOf(List<Finding> findings) {
        return findings.stream().filter(finding -> finding.ruleId().equals("unknown-context")).map(Finding::sticky).sorted().toList();
    }

    @Test
    void anEventThatCarriesNothingIsAWarning() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("events/order-placed"), Field.SCHEMA, org.eventstorm.model.sticky.SchemaFields.EMPTY));
        assertEquals(Severity.WARNING, flow.findings("event-without-schema").get(0).severity());
        assertEquals(List.of(), flow.findings("schema-from-data-carried"));
    }

    @Test
    void anEventWithOnlyDataCarriedIsExportedWithGuessedTypesAndSaysSo() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("events/order-placed"), Field.SCHEMA, org.eventstorm.model.sticky.SchemaFields.EMPTY));
        flow.board().apply(new EditField(id("events/order-placed"), Field.DATA_CARRIED, Markdown.list("Order ID", "Total amount")));
        assertEquals(List.of(), flow.findings("event-without-schema"));
        Finding finding = flow.findings("schema-from-data-carried").get(0);
        assertEquals("Event 'Order Placed' has no schema; its Data Carried is exported as orderId: string, totalAmount: decimal;"
                + " write these under 'schema' to set the types yourself", finding.message());
        assertEquals(Severity.INFO, finding.severity());
        flow.board().apply(finding.fix().edit());
        assertEquals(List.of("orderId", "totalAmount"),
                ((org.eventstorm.model.sticky.DomainEvent) flow.board().get(id("events/order-placed"))).schema().stream().map(field -> field.name()).toList());
        assertEquals(List.of(), flow.findings("schema-from-data-carried"));
    }

    @Test
    void rulesCanBeTurnedOffOrRegradedInBoardYaml() {
        RuleTestBoard flow = RuleTestBoard.cleanFlow();
        flow.board().apply(new EditField(id("aggregates/order"), Field.INVARIANTS, Markdown.EMPTY));
        flow.board().apply(new EditSettings(flow.board().settings().withRules(java.util.Map.of("aggregate-without-invariants", "error"))));
        assertEquals(Severity.ERROR, flow.findings("aggregate-without-invariants").get(0).severity());
        flow.board().apply(new EditSettings(flow.board().settings().withRules(java.util.Map.of("aggregate-without-invariants", "off"))));
        assertEquals(List.of(), flow.findings());
        flow.board().apply(new EditSettings(flow.board().settings().withRules(java.util.Map.of("aggregate-invariants", "loud"))));
        assertEquals(List.of("board.yaml configures the rule 'aggregate-invariants', which does not exist; did you mean"
                + " 'aggregate-without-invariants'?"),
                flow.findings("rule-config").stream().map(Finding::message).toList());
    }

    @Test
    void everyRuleHasAStableKebabCaseIdAndATitle() {
        List<Rule> rules = StandardRules.all();
        assertEquals(rules.size(), rules.stream().map(Rule::id).distinct().count());
        for (Rule rule : rules) {
            assertEquals(Slug.of(rule.id()), rule.id());
            assertTrue(!rule.title().isBlank());
        }
    }
}
