package org.eventstorm.model.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Swimlane;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.Markdown;
import org.eventstorm.model.sticky.Names;
import org.eventstorm.model.sticky.Retry;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.SchemaFields;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.sticky.Text;

/**
 * Generates realistic boards for tests and benchmarks: flows of actor, command, aggregate, event, policy, command,
 * event, read model (with the odd external system and hotspot) in bounded contexts laid out as swimlanes, names
 * built from a word bank, every link following the grammar. The same seed gives the same board.
 */
public final class BoardGenerator {
    static final int LANE_HEIGHT = 340;
    static final int COLUMN = 250;

    private final Random random;
    private final NameBank names;
    private final Map<StickyId, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, Integer> laneCursor = new HashMap<>();
    private final List<Draft> actors = new ArrayList<>();
    private final Map<String, Draft> aggregateOf = new HashMap<>();
    private final Map<String, Integer> unitsInAggregate = new HashMap<>();
    private List<BoundedContext> contexts;
    private int target;

    public BoardGenerator(long seed) {
        this.random = new Random(seed);
        this.names = new NameBank(random);
    }

    /** A board of exactly {@code stickies} stickies. */
    public Board generate(int stickies) {
        if (stickies < 0) {
            throw new IllegalArgumentException("cannot generate " + stickies + " stickies");
        }
        target = stickies;
        int contextCount = Math.max(3, Math.min(NameBank.CONTEXTS.size(), stickies / 400));
        contexts = new ArrayList<>();
        for (int i = 0; i < contextCount; i++) {
            String name = NameBank.CONTEXTS.get(i);
            contexts.add(BoundedContext.of(name, name.toLowerCase(Locale.ROOT) + "-service", new Swimlane(i * LANE_HEIGHT, LANE_HEIGHT)));
        }
        while (drafts.size() < target) {
            unit(contexts.get(random.nextInt(contexts.size())));
        }
        BoardSettings settings = new BoardSettings("Generated board (" + stickies + " stickies)", "999-generated",
                "generated-" + stickies, Level.DESIGN, contexts, Map.of(), List.of());
        Map<StickyId, Sticky> stickyMap = new LinkedHashMap<>();
        Map<StickyId, Geometry> geometry = new LinkedHashMap<>();
        drafts.forEach((id, draft) -> {
            stickyMap.put(id, draft.build());
            geometry.put(id, draft.place);
        });
        return Board.of(settings, stickyMap, geometry);
    }

    /** One flow: actor -> command -> aggregate -> event -> policy -> command -> event -> read model. */
    private void unit(BoundedContext context) {
        String lane = context.name();
        int column = laneCursor.getOrDefault(lane, 0);
        int y = context.swimlane().y() + 40;
        int low = context.swimlane().y() + 190;
        String[] verb = names.pick(NameBank.VERBS);
        String noun = names.qualifiedNoun();

        Draft actor = actorFor(column, y);
        Draft command = add(StickyKind.COMMAND, names.unique("command", () -> verb[0] + " " + noun), at(column + 1, y, StickyKind.COMMAND));
        if (command == null) {
            return;
        }
        command.text(Field.CONTEXT, lane).text(Field.SERVICE, context.service()).prose(Field.INTENT,
                "Someone asks to " + verb[0].toLowerCase(Locale.ROOT) + " a " + noun.toLowerCase(Locale.ROOT)).items(Field.PRECONDITIONS, noun + " exists",
                        "Caller is allowed to " + verb[0].toLowerCase(Locale.ROOT) + " it");
        if (actor != null) {
            command.text(Field.ACTOR, actor.name);
        }
        Draft aggregate = aggregateFor(context, noun, column + 2, y - 20);
        if (aggregate != null) {
            aggregate.item(Field.COMMANDS_HANDLED, command.name);
        }
        Draft event = add(StickyKind.EVENT, names.unique("event", () -> noun + " " + verb[1]), at(column + 3, y, StickyKind.EVENT));
        if (event == null) {
            return;
        }
        event.text(Field.CONTEXT, lane).text(Field.EVENT_TYPE, eventType(lane, noun, verb[1])).text(Field.VERSION, "1").prose(Field.TRIGGER,
                command.name + " succeeds").items(Field.DATA_CARRIED, noun + " ID", "Time of change");
        event.schema = List.of(SchemaField.of(camel(noun) + "Id", "string", true), SchemaField.of("occurredAt", "timestamp", true));
        command.item(Field.PRODUCES_EVENTS, event.name);
        if (aggregate != null) {
            aggregate.item(Field.EVENTS_EMITTED, event.name);
        }
        if (random.nextInt(30) == 0) {
            Draft hotspot = add(StickyKind.HOTSPOT, names.unique("hotspot", () -> noun + " " + names.pick(NameBank.ISSUES)),
                    at(column + 3, low, StickyKind.HOTSPOT));
            if (hotspot == null) {
                return;
            }
            hotspot.text(Field.SEVERITY, names.pick(List.of("low", "medium", "high", "critical"))).text(Field.STATUS, "open").prose(Field.ISSUE,
                    "Nobody is sure what happens when two " + noun.toLowerCase(Locale.ROOT) + " changes meet");
            hotspot.about = List.of(event.name);
        }
        String[] reaction = names.pick(NameBank.VERBS);
        String reactionNoun = names.qualifiedNoun();
        Draft policy = add(StickyKind.POLICY, names.unique("policy", () -> reaction[0] + " " + reactionNoun + " On " + noun + " " + verb[1]),
                at(column + 4, y, StickyKind.POLICY));
        if (policy == null) {
            return;
        }
        policy.text(Field.TRIGGER_EVENT, event.name).prose(Field.WHENEVER, event.name + " event occurs");
        Draft followUp = add(StickyKind.COMMAND, names.unique("command", () -> reaction[0] + " " + reactionNoun), at(column + 5, y, StickyKind.COMMAND));
        if (followUp == null) {
            return;
        }
        followUp.text(Field.CONTEXT, lane).text(Field.SERVICE, context.service()).text(Field.TIMEOUT, (1 + random.nextInt(30)) + "s");
        if (random.nextBoolean()) {
            followUp.retry = Retry.of(1 + random.nextInt(5), names.pick(List.of("exponential", "linear", "fixed")));
        }
        policy.text(Field.ISSUES_COMMAND, followUp.name).items(Field.THEN, reaction[0] + " the " + reactionNoun.toLowerCase(Locale.ROOT));
        Draft outcome = add(StickyKind.EVENT, names.unique("event", () -> reactionNoun + " " + reaction[1]), at(column + 6, y, StickyKind.EVENT));
        if (outcome == null) {
            return;
        }
        outcome.text(Field.CONTEXT, lane).text(Field.EVENT_TYPE, eventType(lane, reactionNoun, reaction[1])).text(Field.VERSION, "1").prose(Field.TRIGGER,
                followUp.name + " succeeds");
        outcome.schema = List.of(SchemaField.of(camel(reactionNoun) + "Id", "string", true), SchemaField.of("occurredAt", "timestamp", true));
        followUp.item(Field.PRODUCES_EVENTS, outcome.name);
        if (aggregate != null) {
            aggregate.item(Field.COMMANDS_HANDLED, followUp.name).item(Field.EVENTS_EMITTED, outcome.name);
        }
        if (random.nextInt(8) == 0) {
            Draft system = add(StickyKind.EXTERNAL_SYSTEM, names.unique("external", () -> names.pick(NameBank.NOUNS) + " " + names.pick(NameBank.SYSTEMS)),
                    at(column + 5, low, StickyKind.EXTERNAL_SYSTEM));
            if (system == null) {
                return;
            }
            system.item(Field.RECEIVES_COMMANDS, followUp.name).item(Field.PRODUCES_EVENTS, outcome.name).prose(Field.DESCRIPTION,
                    "A partner system the " + lane + " team does not control");
        }
        Draft view = add(StickyKind.READ_MODEL, names.unique("read", () -> reactionNoun + " " + names.pick(NameBank.READ_MODELS)),
                at(column + 7, y, StickyKind.READ_MODEL));
        if (view == null) {
            return;
        }
        view.text(Field.CONTEXT, lane).item(Field.BUILT_FROM, event.name).item(Field.BUILT_FROM, outcome.name).items(Field.FIELDS, reactionNoun + " ID",
                "Status", "Last change");
        if (actor != null) {
            view.item(Field.INFORMS, actor.name);
        }
        laneCursor.put(lane, column + 8);
    }

    private Draft actorFor(int column, int y) {
        int pool = Math.max(1, target / 60);
        if (actors.size() < pool && actors.size() < NameBank.ACTORS.size() * 4) {
            String name = names.unique("actor",
                    () -> names.pick(NameBank.ACTORS) + (actors.size() < NameBank.ACTORS.size() ? "" : " " + names.pick(NameBank.CONTEXTS)));
            Draft actor = add(StickyKind.ACTOR, name, at(column, y + 15, StickyKind.ACTOR));
            if (actor != null) {
                actor.prose(Field.DESCRIPTION, "A " + name.toLowerCase(Locale.ROOT) + " working with the system");
                actors.add(actor);
            }
            return actor;
        }
        return actors.isEmpty() ? null : names.pick(actors);
    }

    private Draft aggregateFor(BoundedContext context, String noun, int column, int y) {
        Draft current = aggregateOf.get(context.name());
        if (current == null || unitsInAggregate.merge(context.name(), 1, Integer::sum) > 4) {
            Draft aggregate = add(StickyKind.AGGREGATE, names.unique("aggregate", () -> noun), at(column, y, StickyKind.AGGREGATE));
            if (aggregate == null) {
                return current;
            }
            aggregate.text(Field.CONTEXT, context.name()).text(Field.SERVICE, context.service()).prose(Field.RESPONSIBILITY,
                    "Keep every " + noun.toLowerCase(Locale.ROOT) + " consistent").items(Field.INVARIANTS, noun + " changes follow its life cycle",
                            "Amounts never go negative");
            aggregateOf.put(context.name(), aggregate);
            unitsInAggregate.put(context.name(), 1);
            return aggregate;
        }
        return current;
    }

    private Geometry at(int column, int y, StickyKind kind) {
        return new Geometry(40 + column * COLUMN, y, kind.defaultWidth(), kind.defaultHeight());
    }

    /** A new draft, or null when the board already has its stickies. */
    private Draft add(StickyKind kind, String name, Geometry place) {
        if (drafts.size() >= target) {
            return null;
        }
        String slug = Slug.of(name);
        StickyId id = StickyId.of(kind, slug);
        for (int n = 2; drafts.containsKey(id); n++) {
            id = StickyId.of(kind, slug + "-" + n);
        }
        Draft draft = new Draft(kind, name, place);
        drafts.put(id, draft);
        return draft;
    }

    private static String eventType(String context, String noun, String past) {
        return context.toLowerCase(Locale.ROOT) + "." + Slug.of(noun).replace("-", "") + "." + past.toLowerCase(Locale.ROOT) + ".v1";
    }

    private static String camel(String noun) {
        String joined = noun.replace(" ", "");
        return Character.toLowerCase(joined.charAt(0)) + joined.substring(1);
    }

    /** A sticky being generated: fields collected as the flow grows, built into a sticky at the end. */
    private static final class Draft {
        final StickyKind kind;
        final String name;
        final Geometry place;
        final Map<Field, String> texts = new LinkedHashMap<>();
        final Map<Field, List<String>> lists = new LinkedHashMap<>();
        final Map<Field, String> prose = new LinkedHashMap<>();
        List<SchemaField> schema = List.of();
        List<String> about = List.of();
        Retry retry;

        Draft(StickyKind kind, String name, Geometry place) {
            this.kind = kind;
            this.name = name;
            this.place = place;
        }

        Draft text(Field field, String value) {
            texts.put(field, value);
            return this;
        }

        Draft prose(Field field, String value) {
            prose.put(field, value);
            return this;
        }

        Draft item(Field field, String value) {
            lists.computeIfAbsent(field, key -> new ArrayList<>()).add(value);
            return this;
        }

        Draft items(Field field, String... values) {
            for (String value : values) {
                item(field, value);
            }
            return this;
        }

        Sticky build() {
            Sticky sticky = kind.create(name);
            for (Map.Entry<Field, String> entry : texts.entrySet()) {
                sticky = sticky.with(entry.getKey(), Text.of(entry.getValue()));
            }
            if (!schema.isEmpty()) {
                sticky = sticky.with(Field.SCHEMA, new SchemaFields(schema));
            }
            if (!about.isEmpty()) {
                sticky = sticky.with(Field.ABOUT, new Names(about));
            }
            if (retry != null) {
                sticky = sticky.with(Field.RETRY, retry);
            }
            for (Map.Entry<Field, String> entry : prose.entrySet()) {
                sticky = sticky.with(entry.getKey(), Markdown.of(entry.getValue()));
            }
            for (Map.Entry<Field, List<String>> entry : lists.entrySet()) {
                sticky = sticky.with(entry.getKey(), Markdown.list(entry.getValue()));
            }
            return sticky;
        }
    }
}
