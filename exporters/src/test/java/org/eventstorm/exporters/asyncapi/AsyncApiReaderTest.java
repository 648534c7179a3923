package org.eventstorm.exporters.asyncapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eventstorm.exporters.imports.ImportProblem;
import org.eventstorm.exporters.imports.ImportedSticky;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.SchemaFields;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.support.BoardFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and malformed AsyncAPI documents: each gives a located error, reads nothing it was not given, fetches nothing. */
class AsyncApiReaderTest {
    private static final String HEAD = "asyncapi: 3.0.0\ninfo:\n  title: Orders\n  version: 1.0.0\n";

    @TempDir
    Path temp;

    private AsyncApiReader.Reading read(String text) {
        Path file = temp.resolve("docs/orders.yaml");
        BoardFolders.write(file, text);
        return AsyncApiReader.read(List.of(file), List.of("orders.yaml"));
    }

    private static List<String> messages(AsyncApiReader.Reading reading) {
        return reading.problems().stream().map(ImportProblem::getMessage).toList();
    }

    @Test
    void aForeignDocumentGivesEventsFieldsAContextAndAReactingPolicy() {
        AsyncApiReader.Reading reading = read(HEAD + """
                channels:
                  orderPlaced:
                    address: orders/placed
                    messages:
                      OrderPlaced:
                        $ref: '#/components/messages/OrderPlaced'
                  paymentTaken:
                    address: payments/taken
                    messages:
                      PaymentTaken:
                        payload:
                          $ref: '#/components/schemas/Payment'
                operations:
                  publishOrderPlaced:
                    action: send
                    channel:
                      $ref: '#/channels/orderPlaced'
                  onPaymentTaken:
                    action: receive
                    channel:
                      $ref: '#/channels/paymentTaken'
                components:
                  schemas:
                    Payment:
                      type: object
                      required: [amount]
                      properties:
                        amount: {type: number}
                        paidAt: {type: string, format: date-time}
                  messages:
                    OrderPlaced:
                      name: OrderPlaced
                      title: Order Placed
                      payload:
                        type: object
                        properties:
                          orderId: {type: string, format: uuid}
                          lines: {type: array, items: {type: integer}}
                """);
        assertEquals(List.of(), messages(reading));
        assertEquals("Orders", reading.board().contexts().keySet().iterator().next());
        ImportedSticky placed = reading.board().find(StickyKind.EVENT, "Order Placed").orElseThrow();
        assertEquals("Orders", placed.context().orElseThrow());
        assertEquals("[orderId uuid, lines integer[]]", fields(placed));
        ImportedSticky taken = reading.board().find(StickyKind.EVENT, "PaymentTaken").orElseThrow();
        assertEquals("[amount number required, paidAt timestamp]", fields(taken));
        assertTrue(reading.board().find(StickyKind.POLICY, "On PaymentTaken in Orders").isPresent(), "the receiving service reacts through a policy");
    }

    private static String fields(ImportedSticky sticky) {
        return ((SchemaFields) sticky.fields().get(Field.SCHEMA)).fields().stream().map(
                field -> field.name() + " " + field.type() + (field.required() ? " required" : "")).toList().toString();
    }

    @Test
    void anUnknownVersionIsRefusedAtItsLine() {
        assertEquals(List.of("orders.yaml:1: asyncapi: is 2.6.0; this reads AsyncAPI 3.0 and 3.1 documents (the AsyncAPI CLI's 'asyncapi convert' turns a 2.x"
                + " document into 3.0)"), messages(read("asyncapi: 2.6.0\ninfo:\n  title: Orders\n  version: 1.0.0\nchannels: {}\n")));
        assertEquals(List.of("orders.yaml:1: has no asyncapi: version; is it an AsyncAPI document? (this reads AsyncAPI 3.0 and 3.1)"), messages(read(
                "openapi: 3.1.0\ninfo:\n  title: Orders\n")));
    }

    @Test
    void aRemoteReferenceIsRefusedAndNothingIsFetched() {
        List<String> problems = messages(
                read(HEAD + "channels:\n  placed:\n    messages:\n      Placed:\n        $ref: 'https://example.invalid/placed.yaml'\n"));
        assertEquals(List.of("orders.yaml:9: $ref 'https://example.invalid/placed.yaml' is a remote address; nothing is fetched from the network: put what it"
                + " names into the document or a file beside it"), problems);
    }

    @Test
    void aFileOutsideTheFolderIsNotRead() throws IOException {
        Files.writeString(temp.resolve("secret.yaml"), "Placed:\n  title: Stolen\n");
        List<String> problems = messages(read(HEAD + "channels:\n  placed:\n    messages:\n      Placed:\n        $ref: '../secret.yaml#/Placed'\n"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("orders.yaml:9: $ref '../secret.yaml#/Placed' names a file outside the folder of the documents given"),
                problems.get(0));
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsNotRead() throws IOException {
        Files.writeString(temp.resolve("secret.yaml"), "Placed:\n  title: Stolen\n");
        Files.createDirectories(temp.resolve("docs"));
        Files.createSymbolicLink(temp.resolve("docs/inside.yaml"), temp.resolve("secret.yaml"));
        List<String> problems = messages(read(HEAD + "channels:\n  placed:\n    messages:\n      Placed:\n        $ref: 'inside.yaml#/Placed'\n"));
        assertEquals(List.of("orders.yaml:9: $ref 'inside.yaml#/Placed' names a link to a file outside the folder of the documents given; only files inside it"
                + " are read"), problems);
    }

    @Test
    void aFileBesideTheDocumentIsRead() throws IOException {
        BoardFolders.write(temp.resolve("docs/messages/placed.yaml"), "Placed:\n  title: Order Placed\n  payload:\n    type: object\n");
        AsyncApiReader.Reading reading = read(HEAD + "channels:\n  placed:\n    messages:\n      Placed:\n        $ref: './messages/placed.yaml#/Placed'\n");
        assertEquals(List.of(), messages(reading));
        assertTrue(reading.board().find(StickyKind.EVENT, "Order Placed").isPresent());
    }

    @Test
    void aCycleOfReferencesIsSaidNotFollowedForever() {
        List<String> problems = messages(read(HEAD + "channels:\n  placed:\n    messages:\n      Placed:\n        $ref: '#/components/messages/A'\n"
                + "components:\n  messages:\n    A:\n      $ref: '#/components/messages/B'\n    B:\n      $ref: '#/components/messages/A'\n"));
        assertEquals(
                List.of("orders.yaml:9: the $ref '#/components/messages/A' leads round in a circle (3 references) and names nothing; point it at the message"
                        + " or schema itself"),
                problems);
    }

    @Test
    void brokenYamlIsLocated() {
        List<String> problems = messages(read(HEAD + "channels:\n  placed:\n    messages: [unclosed\n"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("orders.yaml:7: is not valid YAML"), problems.get(0));
        assertTrue(!problems.get(0).contains("Exception") && !problems.get(0).contains("com.fasterxml"), problems.get(0));
    }

    @Test
    void aYamlBombIsRefusedNotExpanded() {
        StringBuilder bomb = new StringBuilder(HEAD + "x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'j'; name++) {
            bomb.append("x-").append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = name;
        }
        assertEquals(List.of("orders.yaml:6: uses the YAML alias *a; aliases are not read: write the value out where it is used, or use a $ref"),
                messages(read(bomb.toString())));
    }

    @Test
    void aDeeplyNestedSchemaIsRefusedAtItsLine() {
        StringBuilder deep = new StringBuilder(HEAD + "x-deep: ");
        deep.append("[".repeat(500)).append("]".repeat(500)).append('\n');
        List<String> problems = messages(read(deep.toString()));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("orders.yaml:5: is not valid YAML"), problems.get(0));
    }

    @Test
    void aNameWithControlCharactersIsRefused() {
        List<String> problems = messages(read(HEAD + "channels:\n  placed:\n    messages:\n      Placed:\n        title: \"Order\\u0007Placed\"\n"));
        assertEquals(
                List.of("orders.yaml:9: the name 'Order?Placed' cannot name a sticky: it must be one line of 1 to 200 characters without control characters"),
                problems);
    }

    @Test
    void tenThousandChannelsAreRead() {
        StringBuilder many = new StringBuilder(HEAD + "channels:\n");
        for (int i = 0; i < 10_000; i++) {
            many.append("  c").append(i).append(":\n    messages:\n      M").append(i).append(":\n        title: Thing ").append(i).append(" Happened\n");
        }
        long start = System.nanoTime();
        AsyncApiReader.Reading reading = read(many.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), messages(reading));
        assertEquals(10_000, reading.board().stickies().size());
        assertTrue(millis < 20_000, "10,000 channels read in " + millis + " ms");
    }

    @Test
    void everyProblemOfADocumentIsSaidAtOnce() {
        List<String> problems = messages(read(HEAD + "operations:\n  a:\n    action: publish\n    channel: {$ref: '#/channels/x'}\n  b:\n    action: send\n"));
        assertEquals(List.of("orders.yaml:7: the operation 'a' has action: publish; AsyncAPI 3 knows send and receive",
                "orders.yaml:9: the operation 'b' names no channel: (a $ref to one of #/channels)"), problems);
    }
}
