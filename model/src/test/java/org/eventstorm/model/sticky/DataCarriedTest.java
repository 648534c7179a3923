package org.eventstorm.model.sticky;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Data Carried, as the spec's event template writes it, read as the event's payload. */
class DataCarriedTest {

    private static List<String> read(String... items) {
        return DataCarried.fields(List.of(items)).stream().map(field -> field.name() + ": " + field.type()).toList();
    }

    @Test
    void theSpecsEventTemplateBecomesAPayload() {
        assertEquals(List.of("orderId: string", "customerId: string", "orderItems: object[]", "shippingAddress: string",
                "paymentMethodReference: string", "totalAmount: decimal"),
                read("Order ID", "Customer ID", "Order items (product IDs, quantities, prices)", "Shipping address", "Payment method reference",
                        "Total amount"));
    }

    @Test
    void anIdentifierWithATypeIsTakenAsWritten() {
        assertEquals(List.of("orderId: uuid", "placedAt: timestamp", "lines: object[]", "tags: string[]", "memberId: string"),
                read("`orderId`: uuid", "placedAt (timestamp)", "lines: object[] \u2014 one per product", "tags", "memberId \u2014 who borrowed it"));
    }

    @Test
    void typesAreGuessedFromTheLastWord() {
        assertEquals(List.of("quantity: integer", "dueDate: date", "isGift: boolean", "status: string", "reservedAt: timestamp", "email: email"),
                read("Quantity", "Due date", "Is gift", "Status", "Reserved at", "Email"));
    }

    @Test
    void eachNameOnceAndNothingFromItemsWithoutLetters() {
        assertEquals(List.of("orderId: string", "bestellnummer: string"), read("Order ID", "order id (again)", "---", "Bestellnummer"));
    }

    @Test
    void theItemAsWrittenIsTheDescription() {
        SchemaField field = DataCarried.fields(List.of("Total amount")).get(0);
        assertEquals("Total amount", field.description());
        assertEquals(true, field.required());
    }
}
