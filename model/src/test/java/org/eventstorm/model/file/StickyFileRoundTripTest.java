package org.eventstorm.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A sticky file keeps what a person wrote: byte for byte when untouched, line for line when one field changes. */
class StickyFileRoundTripTest {
    static final Path SEEDS = Path.of("src/test/resources/seed-templates");

    static Stream<String> seedFiles() {
        return Stream.of("events/order-placed.md", "commands/place-order.md", "aggregates/order.md",
                "policies/reserve-inventory.md", "hotspots/payment-race-condition.md");
    }

    private static ParsedSticky parse(String path, String text) throws FormatException {
        return StickyFileParser.parse(StickyId.parse(path.replace(".md", "")).orElseThrow(), path, text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("seedFiles")
    void seedTemplateWritesBackByteForByteAndIsCanonical(String path) throws Exception {
        String text = Files.readString(SEEDS.resolve(path));
        ParsedSticky parsed = parse(path, text);
        assertEquals(text, StickyFileWriter.write(parsed.sticky(), parsed.source(), false));
        assertEquals(text, StickyFileWriter.write(parsed.sticky(), parsed.source(), true), "the seed's form is the canonical form");
    }

    private static final String HAND_WRITTEN = """
            ---
            # Owned by the checkout team
            type: event-storming-event
            name: Order Placed
            owner:   checkout   # who answers questions
            color: orange
            timestamp: when customer completes checkout
            x-review:
              reviewer: Dana
              date: 2026-11-01
            ---

            # Domain Event: Order Placed

            > Written during the October workshop.

            ## Trigger
            Customer clicks *Place Order*

            ## Notes from the room
            * Dana thinks this should be two events
            * Check with legal

            ## Data Carried
            * Order ID
            * Total amount
            ## Consequences
            - Inventory reserved
            """;

    @Test
    void untouchedHandWrittenFileWritesBackByteForByte() throws Exception {
        ParsedSticky parsed = parse("events/order-placed.md", HAND_WRITTEN);
        assertEquals(HAND_WRITTEN, StickyFileWriter.write(parsed.sticky(), parsed.source(), false));
    }

    @Test
    void unknownContentSurvivesAnEditOfAnotherFieldInPlace() throws Exception {
        ParsedSticky parsed = parse("events/order-placed.md", HAND_WRITTEN);
        Sticky edited = parsed.sticky().with(Field.TIMESTAMP, Text.of("when payment is confirmed")).with(Field.CONSEQUENCES,
                Markdown.list("Inventory reserved", "Email sent"));
        String written = StickyFileWriter.write(edited, parsed.source(), false);
        assertEquals(
                HAND_WRITTEN.replace("timestamp: when customer completes checkout", "timestamp: when payment is confirmed").replace(
                        "## Consequences\n- Inventory reserved\n", "\n## Consequences\n- Inventory reserved\n- Email sent\n"),
                written,
                "only the changed lines differ (a re-written section stands after a blank line)");
        assertEquals(edited, parse("events/order-placed.md", written).sticky());
    }

    @Test
    void aNewSectionGoesWhereTheTemplatePutsItAndTheRestStays() throws Exception {
        ParsedSticky parsed = parse("events/order-placed.md", HAND_WRITTEN);
        Sticky edited = parsed.sticky().with(Field.BUSINESS_CONTEXT, Markdown.of("Moves the order to fulfillment"));
        String written = StickyFileWriter.write(edited, parsed.source(), false);
        assertEquals(HAND_WRITTEN.replace("## Notes from the room", "## Business Context\nMoves the order to fulfillment\n\n## Notes from the room"),
                written, "the new section follows Trigger, as in the template; the unknown section keeps its place after it");
    }

    @Test
    void renamingRewritesOnlyTheNameAndTitleLines() throws Exception {
        ParsedSticky parsed = parse("events/order-placed.md", HAND_WRITTEN);
        String written = StickyFileWriter.write(parsed.sticky().withName("Order Submitted"), parsed.source(), false);
        assertEquals(
                HAND_WRITTEN.replace("name: Order Placed", "name: Order Submitted").replace("# Domain Event: Order Placed", "# Domain Event: Order Submitted"),
                written);
    }

    @Test
    void canonicalFormKeepsUnknownContentAndComments() throws Exception {
        ParsedSticky parsed = parse("events/order-placed.md", HAND_WRITTEN);
        String canonical = StickyFileWriter.write(parsed.sticky(), parsed.source(), true);
        assertEquals("""
                ---
                # Owned by the checkout team
                type: event-storming-event
                name: Order Placed
                owner:   checkout   # who answers questions
                color: orange
                timestamp: when customer completes checkout
                x-review:
                  reviewer: Dana
                  date: 2026-11-01
                ---

                # Domain Event: Order Placed

                > Written during the October workshop.

                ## Trigger
                Customer clicks *Place Order*

                ## Notes from the room
                * Dana thinks this should be two events
                * Check with legal

                ## Data Carried
                * Order ID
                * Total amount

                ## Consequences
                - Inventory reserved
                """, canonical);
        ParsedSticky again = parse("events/order-placed.md", canonical);
        assertEquals(parsed.sticky(), again.sticky());
        assertEquals(canonical, StickyFileWriter.write(again.sticky(), again.source(), true), "canonical form is stable");
    }

    @Test
    void crlfAndByteOrderMarkAreRead() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = HAND_WRITTEN.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);
        ParsedSticky parsed = StickyFileParser.parse(StickyId.parse("events/order-placed").orElseThrow(), "events/order-placed.md", bytes);
        assertEquals(parse("events/order-placed.md", HAND_WRITTEN).sticky(), parsed.sticky());
    }

    @Test
    void aKnownKeyOfTheWrongShapeIsKeptAsWrittenWithAWarning() throws Exception {
        String text = HAND_WRITTEN.replace("timestamp: when customer completes checkout", "timestamp: [not, a, scalar]");
        ParsedSticky parsed = parse("events/order-placed.md", text);
        assertEquals(List.of("events/order-placed.md:7: warning: 'timestamp' should be a single value, not a list or mapping;"
                + " it is kept as written but not used"), parsed.warnings().stream().map(Problem::toString).toList());
        assertEquals(text, StickyFileWriter.write(parsed.sticky(), parsed.source(), false));
        assertEquals(text, StickyFileWriter.write(parsed.sticky().with(Field.TRIGGER, Markdown.of("Customer clicks *Place Order*")), parsed.source(), false));
    }

    @Test
    void aNewStickyIsWrittenInTheTemplatesForm() {
        Sticky policy = org.eventstorm.model.sticky.StickyKind.POLICY.create("Reserve Inventory").with(Field.TRIGGER_EVENT, Text.of("Order Placed")).with(
                Field.THEN, Markdown.list("Reserve inventory"));
        assertEquals("""
                ---
                type: event-storming-policy
                name: Reserve Inventory
                color: lilac
                trigger_event: Order Placed
                ---

                # Policy: Reserve Inventory

                ## Whenever

                ## Then
                - Reserve inventory

                ## Business Logic
                """, StickyFileWriter.canonical(policy));
    }
}
