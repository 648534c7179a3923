package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.sticky.Aggregate;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.Hotspot;
import org.eventstorm.model.sticky.Policy;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.validate.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's five templates, exactly as the feature spec writes them, load with every field populated. */
class SeedTemplatesTest {
    private static Board board;
    private static LoadedBoard loaded;

    @BeforeAll
    static void load() throws Exception {
        loaded = BoardReader.read(Path.of("src/test/resources/seed-templates"));
        board = loaded.board();
    }

    private static <T> T sticky(String id, Class<T> type) {
        return type.cast(board.get(StickyId.parse(id).orElseThrow()));
    }

    @Test
    void theTemplatesLoadWithoutErrors() {
        assertFalse(loaded.hasErrors(), loaded.problems().toString());
        assertEquals(5, board.size());
    }

    /**
     * The templates validate with only what is really missing: the names they mention that no sticky has, and the
     * open hotspot. Not the actor written as a role, nor the policy that names its command in its Then section.
     */
    @Test
    void theTemplatesReportOnlyWhatIsReallyMissing() {
        List<String> findings = Validator.validate(board).stream().map(
                finding -> finding.ruleId() + " " + finding.sticky() + " " + finding.subject()).sorted().toList();
        assertEquals(List.of("dangling-reference aggregates/order Cancel Order", "dangling-reference aggregates/order Confirm Payment",
                "dangling-reference aggregates/order Modify Order", "dangling-reference aggregates/order Order Cancelled",
                "dangling-reference aggregates/order Order Modified", "dangling-reference aggregates/order Payment Confirmed",
                "dangling-reference commands/place-order Order Rejected", "dangling-reference policies/reserve-inventory Reserve Inventory",
                "unresolved-hotspot hotspots/payment-race-condition null"), findings);
    }

    @Test
    void domainEvent() {
        DomainEvent event = sticky("events/order-placed", DomainEvent.class);
        assertEquals("Order Placed", event.name());
        assertEquals("orange", event.color());
        assertEquals(Optional.of("when customer completes checkout"), event.timestamp());
        assertEquals("Customer clicks \"Place Order\" button after reviewing cart", event.trigger().source());
        assertEquals("Critical event marking transition from shopping to fulfillment", event.businessContext().source());
        assertEquals(List.of("Order ID", "Customer ID", "Order items (product IDs, quantities, prices)", "Shipping address",
                "Payment method reference", "Total amount"), event.dataCarried());
        assertEquals(List.of("Inventory reserved", "Payment authorized", "Fulfillment process initiated", "Confirmation email sent"),
                event.consequences());
    }

    @Test
    void command() {
        Command command = sticky("commands/place-order", Command.class);
        assertEquals("Place Order", command.name());
        assertEquals("blue", command.color());
        assertEquals(Optional.of("Customer"), command.actor());
        assertEquals("Customer requests to purchase items in cart", command.intent().source());
        assertEquals(List.of("Cart contains items", "Shipping address provided", "Payment method selected", "Inventory available"),
                command.preconditions());
        assertEquals(List.of("Order total must be > $0", "All items must be in stock", "Payment method must be valid",
                "Shipping address must be deliverable"), command.businessRules());
        assertEquals(List.of("Order Placed (success case)", "Order Rejected (failure case)"), command.producesEvents());
    }

    @Test
    void aggregate() {
        Aggregate aggregate = sticky("aggregates/order", Aggregate.class);
        assertEquals("yellow", aggregate.color());
        assertEquals("Ensure order consistency and enforce business rules for ordering process", aggregate.responsibility().source());
        assertEquals(List.of("Order total matches sum of line items", "Order status follows valid state transitions",
                "Order cannot be modified after shipment"), aggregate.invariants());
        assertEquals(List.of("Place Order", "Cancel Order", "Modify Order", "Confirm Payment"), aggregate.commandsHandled());
        assertEquals(List.of("Order Placed", "Order Cancelled", "Order Modified", "Payment Confirmed"), aggregate.eventsEmitted());
    }

    @Test
    void policy() {
        Policy policy = sticky("policies/reserve-inventory", Policy.class);
        assertEquals("lilac", policy.color(), "the template names no colour; the kind's own is used");
        assertEquals(Optional.of("Order Placed"), policy.triggerEvent());
        assertEquals("Order Placed event occurs", policy.whenever().source());
        assertEquals(List.of("Reserve inventory for ordered items", "Set reservation expiration (15 minutes)",
                "Publish Inventory Reserved event"), policy.then());
        assertEquals("If any item is out of stock:\n- Release all reservations\n- Publish Order Rejected event\n- Notify customer",
                policy.businessLogic().source());
    }

    @Test
    void hotspot() {
        Hotspot hotspot = sticky("hotspots/payment-race-condition", Hotspot.class);
        assertEquals(Optional.of("high"), hotspot.severity());
        assertTrue(hotspot.status().isEmpty());
        assertFalse(hotspot.isResolved());
        assertEquals("Multiple simultaneous orders could authorize same payment method causing overdraft", hotspot.issue().source());
        assertEquals(List.of("Customer experience degradation", "Potential financial loss", "Compliance risk"), hotspot.impact());
        assertEquals(List.of("Payment team", "Customer service", "Risk management"), hotspot.stakeholders());
        assertEquals(List.of("Payment authorization timeout", "Retry logic", "Idempotency handling"), hotspot.needsClarification());
        assertEquals(List.of("Implement payment authorization saga", "Add distributed lock on payment method",
                "Idempotency keys for all payment operations"), hotspot.proposedSolution());
    }
}
