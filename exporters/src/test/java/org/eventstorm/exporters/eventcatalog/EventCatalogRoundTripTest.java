package org.eventstorm.exporters.eventcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eventstorm.exporters.ExportBoards;
import org.eventstorm.exporters.ExportInput;
import org.eventstorm.exporters.MessageRoutes;
import org.eventstorm.exporters.TargetFolder;
import org.eventstorm.exporters.imports.BoardImport;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.versioning.EventVersions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Board to EventCatalog to a new board keeps every event with each version's fields and types, every service, what
 * each service sends and receives, and every link between commands, aggregates, events and policies.
 */
class EventCatalogRoundTripTest {
    private static final Set<LinkRule> FLOW = Set.of(LinkRule.COMMAND_PRODUCES_EVENT, LinkRule.AGGREGATE_EMITS_EVENT, LinkRule.EVENT_TRIGGERS_POLICY,
            LinkRule.POLICY_ISSUES_COMMAND, LinkRule.COMMAND_HANDLED_BY_AGGREGATE);

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("org.eventstorm.exporters.ExportBoards#names")
    void exportThenImportKeepsEventsFieldsServicesAndLinks(String name) throws IOException {
        Board original = ExportBoards.board(name);
        new EventCatalogExporter().export(ExportInput.of(original), TargetFolder.at(temp));
        EventCatalogReader.Reading reading = EventCatalogReader.read(temp);
        assertTrue(reading.problems().isEmpty(), reading.problems().toString());
        Board imported = Board.empty(BoardSettings.titled(original.settings().title()));
        BoardImport.of(imported, reading.board(), "Import").edit().ifPresent(imported::apply);

        assertEquals(events(original), events(imported));
        MessageRoutes before = new MessageRoutes(original, new LinkIndex(BoardLinks.of(original)));
        MessageRoutes after = new MessageRoutes(imported, new LinkIndex(BoardLinks.of(imported)));
        assertEquals(new TreeSet<>(before.services().keySet()), new TreeSet<>(after.services().keySet()), "every service");
        for (String service : before.services().keySet()) {
            assertEquals(names(original, before.sends(service)), names(imported, after.sends(service)), service + " sends");
            assertEquals(names(original, before.receives(service)), names(imported, after.receives(service)), service + " receives");
        }
        assertEquals(links(original), links(imported), "every producer, consumer and handler");
    }

    /** Each event by name, with each version and its fields as "name type required". */
    private static TreeMap<String, String> events(Board board) {
        TreeMap<String, String> events = new TreeMap<>();
        for (StickyId id : board.ids()) {
            if (board.get(id) instanceof DomainEvent event) {
                StringBuilder versions = new StringBuilder();
                for (EventVersion version : EventVersions.of(event)) {
                    versions.append(version.version()).append(version.schema().stream().filter(field -> !field.name().isBlank()).map(
                            field -> field.name() + " " + field.type().strip() + (field.required() ? " required" : "")).toList()).append(' ');
                }
                events.put(event.name(), versions.toString());
            }
        }
        return events;
    }

    private static TreeSet<String> names(Board board, Set<StickyId> ids) {
        return ids.stream().map(id -> board.get(id).name()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static TreeSet<String> links(Board board) {
        return BoardLinks.of(board).stream().filter(link -> FLOW.contains(link.rule())).map(
                link -> board.get(link.from()).name() + " " + link.rule().verb() + " " + board.get(link.to()).name()).collect(
                        Collectors.toCollection(TreeSet::new));
    }
}
