package org.eventstorm.model.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Edit;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Naming;
import org.eventstorm.model.board.Swimlane;
import org.eventstorm.model.edit.AddSticky;
import org.eventstorm.model.edit.Batch;
import org.eventstorm.model.edit.EditField;
import org.eventstorm.model.edit.EditIntro;
import org.eventstorm.model.edit.EditSettings;
import org.eventstorm.model.edit.LinkStickies;
import org.eventstorm.model.edit.MoveSticky;
import org.eventstorm.model.edit.RemoveSticky;
import org.eventstorm.model.edit.RenameSticky;
import org.eventstorm.model.edit.UnlinkStickies;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.FieldValue;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Names;
import org.eventstorm.model.sticky.Retry;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.SchemaFields;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;
import org.eventstorm.model.sticky.Versions;

/**
 * Random edits for property tests and benchmarks: every kind of edit, with text chosen to trip YAML and markdown up (keywords,
 * numbers, quotes, colons, comment marks, emoji, braces, headings). Some are refused by the board, as they should be.
 */
public final class RandomEdits {
    private static final List<String> WORDS = List.of("Order", "Placed", "Ship", "yes", "no", "null", "~", "1.0", "007", "true",
            "a: b", "#hash", "x #y", "'quoted'", "\"double\"", "{brace}", "[list]", "<tag>", "Map<String, Object>", "é", "🎉",
            "- dash", "* star", "`code`", "**bold**", "&anchor", "*alias", "!tag", "%pct", "@at", "|", ">", "2026-01-01",
            "Crème", "日本", "  spaced  ", "tab\there", "back\\slash", "50%", "$0", "Place Order");
    private final Random random;

    public RandomEdits(long seed) {
        this.random = new Random(seed);
    }

    public Edit next(Board board) {
        List<StickyId> ids = new ArrayList<>(board.ids());
        int roll = random.nextInt(100);
        if (ids.isEmpty() || roll < 15) {
            StickyKind kind = pick(List.of(StickyKind.values()));
            Geometry place = random.nextInt(5) == 0 ? null
                    : new Geometry(random.nextInt(4000) - 500, random.nextInt(2000), 120 + random.nextInt(100), 80 + random.nextInt(80));
            return AddSticky.at(kind.create(name()), place);
        }
        StickyId id = pick(ids);
        if (roll < 25) {
            return new RemoveSticky(id);
        }
        if (roll < 40) {
            return new MoveSticky(id,
                    new Geometry(random.nextInt(6000) - 1000, random.nextInt(3000) - 200, 60 + random.nextInt(300), 40 + random.nextInt(200)));
        }
        if (roll < 62) {
            StickyKind kind = id.kind();
            List<Field> fields = new ArrayList<>(kind.frontMatterFields());
            fields.addAll(kind.sectionFields());
            fields.remove(Field.TYPE);
            fields.remove(Field.NAME);
            Field field = pick(fields);
            return new EditField(id, field, value(field));
        }
        if (roll < 70) {
            return new RenameSticky(id, random.nextInt(4) == 0 ? board.get(pick(ids)).name() : name());
        }
        if (roll < 80) {
            return new LinkStickies(id, pick(ids));
        }
        if (roll < 85) {
            return new UnlinkStickies(id, pick(ids));
        }
        if (roll < 90) {
            return new EditIntro(id, markdown());
        }
        if (roll < 95) {
            List<Edit> edits = new ArrayList<>();
            for (int i = 0; i < 2 + random.nextInt(3); i++) {
                edits.add(next(board));
            }
            return new Batch("Batch", edits);
        }
        return new EditSettings(settings(board));
    }

    private org.eventstorm.model.board.BoardSettings settings(Board board) {
        List<BoundedContext> contexts = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            contexts.add(new BoundedContext("Context " + i + " " + word(), random.nextBoolean() ? word() : "",
                    random.nextBoolean() ? new Swimlane(i * 300, 300) : null, random.nextBoolean() ? Map.of("owner", word()) : Map.of()));
        }
        Map<String, String> rules = new HashMap<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            rules.put(pick(List.of("event-without-producer", "command-without-event", "event-not-past-tense", "unknown-context",
                    "duplicate-name", "aggregate-without-invariants", "no-such-rule")), pick(List.of("off", "error", "info", "warning", "loud")));
        }
        Naming naming = random.nextInt(5) > 0 ? board.settings().naming()
                : new Naming(pick(List.of("en", "de")), pick(List.of(Naming.EventTypeStyle.values())));
        return board.settings().withTitle(name()).withFeature(random.nextBoolean() ? "00" + random.nextInt(10) + "-x" : "").withLevel(
                pick(List.of(Level.values()))).withContexts(contexts).withRules(rules).withNaming(naming);
    }

    private FieldValue value(Field field) {
        boolean empty = random.nextInt(6) == 0;
        return switch (field.shape()) {
            case TEXT -> empty ? Text.EMPTY : Text.of(phrase());
            case NAMES -> empty ? Names.EMPTY : new Names(List.of(name(), name()));
            case SCHEMA -> empty ? SchemaFields.EMPTY : new SchemaFields(schema());
            case VERSIONS -> empty ? Versions.EMPTY : new Versions(List.of(
                    new EventVersion("v1", "deprecated", "2026-01-01", schema(), Map.of()),
                    new EventVersion("v2", word(), "", schema(), random.nextBoolean() ? Map.of("topic", word()) : Map.of())));
            case RETRY -> empty ? Retry.EMPTY : new Retry(random.nextInt(6), random.nextBoolean() ? word() : "", Map.of());
            case LIST -> empty ? Markdown.EMPTY : Markdown.list(List.of(phrase(), name() + " (" + word() + ")"));
            case PROSE -> empty ? Markdown.EMPTY : markdown();
        };
    }

    private List<SchemaField> schema() {
        List<SchemaField> fields = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            fields.add(new SchemaField(word() + i, pick(List.of("string", "integer", "1", "")), random.nextBoolean(), phrase(),
                    random.nextInt(4) == 0 ? Map.of("format", word()) : Map.of()));
        }
        return fields;
    }

    private Markdown markdown() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            lines.add(pick(List.of(phrase(), "- " + phrase(), "1. " + phrase(), "### " + phrase(), "", "    indented " + word(),
                    "> quoted " + word(), "## " + word(), "```", "| a | b |")));
        }
        return Markdown.of(String.join("\n", lines));
    }

    private String name() {
        String name = (word() + " " + word()).strip();
        return name.isBlank() ? "Sticky" : name.replace('\t', ' ');
    }

    private String phrase() {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            phrase.append(i == 0 ? "" : " ").append(word());
        }
        return phrase.toString();
    }

    private String word() {
        return pick(WORDS);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
