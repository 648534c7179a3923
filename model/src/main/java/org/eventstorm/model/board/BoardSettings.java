package org.eventstorm.model.board;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code board.yaml} says about the board beyond geometry.
 *
 * @param feature the SpecKit feature id ("001-order-processing"), or empty
 * @param session the session's folder name under {@code event-storming/}, or empty
 * @param rules        the validator's configuration: rule id to {@code off}, {@code error}, {@code warning} or
 *                     {@code info}, as written
 * @param sagaDefaults the timeout and retry a derived saga step gets when its command names none
 * @param extras       keys the tool does not know, in file order
 * @param boundaries   the vertical lines the room drew across the lanes, left to right
 * @param naming       the language of the names and the convention of the event types
 */
public record BoardSettings(String title, String feature, String session, Level level, List<BoundedContext> contexts,
        Map<String, String> rules, SagaDefaults sagaDefaults, List<UnknownKey> extras, List<Boundary> boundaries, Naming naming) {
    public BoardSettings {
        naming = naming == null ? Naming.DEFAULT : naming;
        Objects.requireNonNull(title, "title");
        feature = feature == null ? "" : feature;
        session = session == null ? "" : session;
        Objects.requireNonNull(level, "level");
        contexts = List.copyOf(contexts);
        rules = rules == null || rules.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        sagaDefaults = sagaDefaults == null ? SagaDefaults.NONE : sagaDefaults;
        extras = List.copyOf(extras);
        boundaries = boundaries == null ? List.of()
                : boundaries.stream().sorted(Comparator.comparingInt(Boundary::x).thenComparing(Boundary::label)).toList();
        Set<String> names = new HashSet<>();
        for (BoundedContext context : contexts) {
            if (!names.add(context.name().strip().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("bounded context '" + context.name() + "' is listed twice");
            }
        }
    }

    /** Settings in English with versioned event types. */
    public BoardSettings(String title, String feature, String session, Level level, List<BoundedContext> contexts,
            Map<String, String> rules, SagaDefaults sagaDefaults, List<UnknownKey> extras, List<Boundary> boundaries) {
        this(title, feature, session, level, contexts, rules, sagaDefaults, extras, boundaries, Naming.DEFAULT);
    }

    /** Settings without boundaries. */
    public BoardSettings(String title, String feature, String session, Level level, List<BoundedContext> contexts,
            Map<String, String> rules, SagaDefaults sagaDefaults, List<UnknownKey> extras) {
        this(title, feature, session, level, contexts, rules, sagaDefaults, extras, List.of());
    }

    /** Settings without saga defaults. */
    public BoardSettings(String title, String feature, String session, Level level, List<BoundedContext> contexts,
            Map<String, String> rules, List<UnknownKey> extras) {
        this(title, feature, session, level, contexts, rules, SagaDefaults.NONE, extras);
    }

    public static BoardSettings titled(String title) {
        return new BoardSettings(title, "", "", Level.PROCESS, List.of(), Map.of(), List.of());
    }

    public BoardSettings withTitle(String newTitle) {
        return new BoardSettings(newTitle, feature, session, level, contexts, rules, sagaDefaults, extras, boundaries, naming);
    }

    public BoardSettings withFeature(String newFeature) {
        return new BoardSettings(title, newFeature, session, level, contexts, rules, sagaDefaults, extras, boundaries, naming);
    }

    public BoardSettings withSession(String newSession) {
        return new BoardSettings(title, feature, newSession, level, contexts, rules, sagaDefaults, extras, boundaries, naming);
    }

    public BoardSettings withLevel(Level newLevel) {
        return new BoardSettings(title, feature, session, newLevel, contexts, rules, sagaDefaults, extras, boundaries, naming);
    }

    public BoardSettings withContexts(List<BoundedContext> newContexts) {
        return new BoardSettings(title, feature, session, level, newContexts, rules, sagaDefaults, extras, boundaries, naming);
    }

    public BoardSettings withRules(Map<String, String> newRules) {
        return new BoardSettings(title, feature, session, level, contexts, newRules, sagaDefaults, extras, boundaries, naming);
    }

    public BoardSettings withSagaDefaults(SagaDefaults newDefaults) {
        return new BoardSettings(title, feature, session, level, contexts, rules, newDefaults, extras, boundaries, naming);
    }

    public BoardSettings withBoundaries(List<Boundary> newBoundaries) {
        return new BoardSettings(title, feature, session, level, contexts, rules, sagaDefaults, extras, newBoundaries, naming);
    }

    public BoardSettings withNaming(Naming newNaming) {
        return new BoardSettings(title, feature, session, level, contexts, rules, sagaDefaults, extras, boundaries, newNaming);
    }

    /** The context with this name, ignoring case. */
    public Optional<BoundedContext> context(String name) {
        return contexts.stream().filter(context -> context.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The context whose swimlane holds the canvas height {@code y}. */
    public Optional<BoundedContext> contextAtY(int y) {
        return contexts.stream().filter(context -> context.lane().map(lane -> lane.containsY(y)).orElse(false)).findFirst();
    }
}
