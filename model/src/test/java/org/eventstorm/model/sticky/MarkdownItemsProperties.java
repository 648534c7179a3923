package org.eventstorm.model.sticky;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reading a plain bullet list without a parser gives exactly what commonmark gives, whenever it answers at all. */
class MarkdownItemsProperties {

    @Provide
    Arbitrary<String> lists() {
        Arbitrary<String> marker = Arbitraries.of("- ", "* ", "+ ", "-  ", "-    ", "-\t", "1. ", "-", "", "  - ", "    ");
        Arbitrary<String> text = Arbitraries.of("Order Placed", "Order Placed (success case)", "# heading", "> quote", "```",
                "- nested", "* * *", "<div>", "[ref]: /url", "| a | b |", "1. one", "2) two", "Ship 🎉", "é", "\"quoted\"",
                "$0 total", "=== ", "--- ", "___", "tab\there", "    code", "`code`", "**bold**", "_under_", "{brace}", "",
                "x  ", "a\\", "&amp;", "[link](x)");
        Arbitrary<String> line = Arbitraries.strings().withChars(' ').ofMaxLength(0).flatMap(
                nothing -> net.jqwik.api.Combinators.combine(marker, text).as((m, t) -> m + t));
        return line.list().ofMinSize(1).ofMaxSize(6).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 2000)
    void fastPathAgreesWithCommonmark(@ForAll("lists") String text) {
        Markdown markdown = Markdown.of(text);
        List<Markdown.Item> simple = markdown.simpleItems();
        if (simple != null && !markdown.isEmpty()) {
            assertEquals(markdown.parsedWithCommonmark(), simple, "for:\n" + text);
        }
    }

    @Property(tries = 200)
    void plainListsTakeTheFastPath(@ForAll("plain") List<String> items) {
        Markdown markdown = Markdown.list(items);
        assertEquals(items, markdown.simpleItems().stream().map(item -> item.text()).toList());
    }

    @Provide
    Arbitrary<List<String>> plain() {
        return Arbitraries.of("Order Placed", "Order Placed (success case)", "Payment Authorized", "Total amount", "Item (x)").list().ofMinSize(1).ofMaxSize(8);
    }
}
