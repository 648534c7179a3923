package org.eventstorm.model.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoundedContext;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;
import org.eventstorm.model.timeline.Timeline.Compensation;

/**
 * Works out the timeline of a board: the one ordering the ruler's numbers, {@code timeline.md}, the timeline picture
 * and presentation mode all show. There is a step for every event, every command (issued by a person, or by a
 * policy, which then stands where the person would) and every read model that is linked to something: a sticky
 * linked to nothing is not yet part of the story (on a big picture, whose events are not linked yet, every event is). Commands that only undo another (a compensation nobody issues)
 * and their events are told apart, after the steps, with the command they undo. Steps follow the causal chain (a
 * command before the events it produces, an event before the commands its policies issue) and, where the chain
 * leaves a choice, time: left to right on the board, then lane by lane from the top. A read model placed left of the
 * events it is built from is one people consult before they act, so it is not held back until those events.
 */
public final class TimelineBuilder {
    private final Board board;
    private final LinkIndex links;

    public TimelineBuilder(Board board, LinkIndex links) {
        this.board = board;
        this.links = links;
    }

    public Timeline build() {
        Map<StickyId, Step> steps = new LinkedHashMap<>();
        List<Compensation> compensations = new ArrayList<>();
        Set<StickyId> undoing = new LinkedHashSet<>();
        for (StickyId id : board.ids()) {
            if (id.kind() == StickyKind.COMMAND && isOnlyCompensation(id)) {
                undoing.add(id);
                List<StickyId> events = links.targets(LinkRule.COMMAND_PRODUCES_EVENT, id);
                compensations.add(new Compensation(links.sources(LinkRule.COMMAND_COMPENSATED_BY, id).get(0),
                        commandStep(id).withPart(events.isEmpty() ? null : part(events))));
            }
        }
        compensations.sort(Comparator.comparingInt((Compensation entry) -> place(entry.undoes()).x()).thenComparing(Compensation::undoes));
        // A big picture is its events left to right, none linked yet; from process on, a sticky linked to nothing is
        // not yet part of the story.
        boolean bigPicture = board.settings().level() == Level.BIG_PICTURE;
        for (StickyId id : board.ids()) {
            if (!links.isLinked(id) && !(bigPicture && id.kind() == StickyKind.EVENT)) {
                continue;
            }
            switch (id.kind()) {
                case COMMAND -> {
                    if (!undoing.contains(id)) {
                        steps.put(id, commandStep(id));
                    }
                }
                case EVENT -> {
                    List<StickyId> commands = links.sources(LinkRule.COMMAND_PRODUCES_EVENT, id);
                    if (commands.isEmpty() || !undoing.containsAll(commands)) {
                        steps.put(id, eventStep(id));
                    }
                }
                case READ_MODEL -> steps.put(id, readModelStep(id));
                default -> {
                }
            }
        }
        List<Step> ordered = order(steps);
        return new Timeline(board.settings().title(), journey(ordered), ordered, compensations, hotspots(ordered));
    }

    /** A command that undoes another and that no actor and no policy issues: it runs only when a saga rolls back. */
    private boolean isOnlyCompensation(StickyId command) {
        return !links.sources(LinkRule.COMMAND_COMPENSATED_BY, command).isEmpty()
                && links.sources(LinkRule.ACTOR_ISSUES_COMMAND, command).isEmpty()
                && links.sources(LinkRule.POLICY_ISSUES_COMMAND, command).isEmpty();
    }

    private Step commandStep(StickyId command) {
        List<Part> parts = new ArrayList<>();
        Part issuers = issuers(command);
        if (!issuers.mentions().isEmpty()) {
            parts.add(issuers);
        }
        parts.add(part(List.of(command)));
        List<StickyId> receivers = new ArrayList<>(links.targets(LinkRule.COMMAND_HANDLED_BY_AGGREGATE, command));
        receivers.addAll(links.targets(LinkRule.COMMAND_SENT_TO_EXTERNAL_SYSTEM, command));
        if (!receivers.isEmpty()) {
            parts.add(part(receivers));
        }
        return new Step(command, parts, false);
    }

    /**
     * Who issues a command: its actor stickies, else its actor as written when no sticky has that name (the spec's
     * templates write {@code actor: Customer}), else the policies that issue it.
     */
    private Part issuers(StickyId command) {
        List<StickyId> actors = links.sources(LinkRule.ACTOR_ISSUES_COMMAND, command);
        if (!actors.isEmpty()) {
            return part(actors);
        }
        Optional<String> written = board.get(command) instanceof Command issued ? issued.actor().map(String::strip).filter(name -> !name.isEmpty())
                : Optional.empty();
        if (written.isPresent()) {
            return new Part(List.of(Mention.written(StickyKind.ACTOR, written.get())));
        }
        return part(links.sources(LinkRule.POLICY_ISSUES_COMMAND, command));
    }

    private Step eventStep(StickyId event) {
        List<Part> parts = new ArrayList<>();
        List<StickyId> producers = producers(event);
        if (!producers.isEmpty()) {
            parts.add(part(producers));
        }
        parts.add(part(List.of(event)));
        List<StickyId> policies = links.targets(LinkRule.EVENT_TRIGGERS_POLICY, event);
        if (!policies.isEmpty()) {
            parts.add(part(policies));
        }
        return new Step(event, parts, false);
    }

    /** Who the event comes from: the aggregates that emit it, else those handling its commands, else its external systems, else its commands. */
    private List<StickyId> producers(StickyId event) {
        Set<StickyId> aggregates = new LinkedHashSet<>(links.sources(LinkRule.AGGREGATE_EMITS_EVENT, event));
        List<StickyId> commands = links.sources(LinkRule.COMMAND_PRODUCES_EVENT, event);
        if (aggregates.isEmpty()) {
            for (StickyId command : commands) {
                aggregates.addAll(links.targets(LinkRule.COMMAND_HANDLED_BY_AGGREGATE, command));
            }
        }
        if (!aggregates.isEmpty()) {
            return List.copyOf(aggregates);
        }
        List<StickyId> systems = links.sources(LinkRule.EXTERNAL_SYSTEM_PRODUCES_EVENT, event);
        return systems.isEmpty() ? commands : systems;
    }

    private Step readModelStep(StickyId readModel) {
        List<StickyId> actors = links.targets(LinkRule.READ_MODEL_INFORMS_ACTOR, readModel);
        List<StickyId> sources = earlierSources(readModel);
        if (!actors.isEmpty()) {
            // Consulted before acting (nothing it is built from comes earlier), or informing the actor of what happened.
            return new Step(readModel, List.of(part(actors), part(List.of(readModel))), !sources.isEmpty());
        }
        if (!sources.isEmpty()) {
            return new Step(readModel, List.of(part(List.of(sources.get(sources.size() - 1))), part(List.of(readModel))), false);
        }
        return new Step(readModel, List.of(part(List.of(readModel))), false);
    }

    /** The events a read model is built from that stand left of it (or level with it) on the board. */
    private List<StickyId> earlierSources(StickyId readModel) {
        int x = place(readModel).x();
        return links.sources(LinkRule.EVENT_BUILDS_READ_MODEL, readModel).stream().filter(event -> place(event).x() <= x).toList();
    }

    /** The steps that must come before each step, by the causal chain. */
    private Map<StickyId, Set<StickyId>> predecessors(Map<StickyId, Step> steps) {
        Map<StickyId, Set<StickyId>> before = new HashMap<>();
        for (StickyId id : steps.keySet()) {
            Set<StickyId> set = new LinkedHashSet<>();
            if (id.kind() == StickyKind.EVENT) {
                for (StickyId command : links.sources(LinkRule.COMMAND_PRODUCES_EVENT, id)) {
                    if (steps.containsKey(command)) {
                        set.add(command);
                    }
                    for (StickyId policy : links.sources(LinkRule.POLICY_ISSUES_COMMAND, command)) {
                        set.addAll(links.sources(LinkRule.EVENT_TRIGGERS_POLICY, policy));
                    }
                }
            } else if (id.kind() == StickyKind.COMMAND) {
                for (StickyId policy : links.sources(LinkRule.POLICY_ISSUES_COMMAND, id)) {
                    set.addAll(links.sources(LinkRule.EVENT_TRIGGERS_POLICY, policy));
                }
            } else if (id.kind() == StickyKind.READ_MODEL) {
                set.addAll(earlierSources(id));
            }
            set.remove(id);
            set.retainAll(steps.keySet());
            before.put(id, set);
        }
        return before;
    }

    /** Causal order first; among steps free to go, the leftmost, then the one in the upper lane, then the higher. */
    private List<Step> order(Map<StickyId, Step> steps) {
        Map<StickyId, Set<StickyId>> before = predecessors(steps);
        Map<StickyId, Integer> waiting = new HashMap<>();
        Map<StickyId, List<StickyId>> after = new HashMap<>();
        before.forEach((id, preds) -> {
            waiting.put(id, preds.size());
            preds.forEach(pred -> after.computeIfAbsent(pred, key -> new ArrayList<>()).add(id));
        });
        Comparator<StickyId> byTime = Comparator.<StickyId>comparingInt(id -> place(id).x()).thenComparingInt(this::laneIndex).thenComparingInt(
                id -> place(id).y()).thenComparing(Comparator.naturalOrder());
        PriorityQueue<StickyId> ready = new PriorityQueue<>(byTime);
        TreeSet<StickyId> remaining = new TreeSet<>(byTime);
        remaining.addAll(steps.keySet());
        waiting.forEach((id, count) -> {
            if (count == 0) {
                ready.add(id);
            }
        });
        List<Step> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            // A cycle in the chain (a loop of policies) leaves nothing ready: take the earliest on the board.
            StickyId next = ready.isEmpty() ? remaining.first() : ready.poll();
            if (!remaining.remove(next)) {
                continue;
            }
            ordered.add(steps.get(next));
            for (StickyId successor : after.getOrDefault(next, List.of())) {
                if (remaining.contains(successor) && waiting.merge(successor, -1, Integer::sum) == 0) {
                    ready.add(successor);
                }
            }
        }
        return ordered;
    }

    private List<Timeline.HotspotSteps> hotspots(List<Step> steps) {
        List<Timeline.HotspotSteps> result = new ArrayList<>();
        for (StickyId hotspot : board.ids()) {
            if (hotspot.kind() != StickyKind.HOTSPOT) {
                continue;
            }
            Set<StickyId> concerned = new LinkedHashSet<>(links.targets(LinkRule.HOTSPOT_CONCERNS, hotspot));
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (concerned.stream().anyMatch(step::mentions)) {
                    numbers.add(i + 1);
                }
            }
            if (numbers.isEmpty() && !steps.isEmpty()) {
                numbers.add(nearest(hotspot, steps) + 1);
            }
            result.add(new Timeline.HotspotSteps(hotspot, numbers));
        }
        result.sort(Comparator.comparing((Timeline.HotspotSteps entry) -> entry.steps().isEmpty() ? Integer.MAX_VALUE : entry.steps().get(0)).thenComparing(
                Timeline.HotspotSteps::hotspot));
        return result;
    }

    /** The step whose sticky stands closest to the hotspot on the board. */
    private int nearest(StickyId hotspot, List<Step> steps) {
        Geometry at = place(hotspot);
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < steps.size(); i++) {
            Geometry other = place(steps.get(i).anchor());
            long dx = other.centerX() - at.centerX();
            long dy = other.centerY() - at.centerY();
            if (dx * dx + dy * dy < bestDistance) {
                bestDistance = dx * dx + dy * dy;
                best = i;
            }
        }
        return best;
    }

    /** "Customer Journey" when one actor issues the commands (as a sticky or as written), else "Flow". */
    private String journey(List<Step> steps) {
        Set<String> actors = new TreeSet<>();
        for (Step step : steps) {
            if (step.anchor().kind() == StickyKind.COMMAND && step.parts().size() > 1) {
                step.parts().get(0).mentions().stream().filter(mention -> mention.kind() == StickyKind.ACTOR).forEach(mention -> actors.add(mention.name()));
            }
        }
        return actors.size() == 1 ? actors.iterator().next() + " Journey" : "Flow";
    }

    private Part part(List<StickyId> ids) {
        return new Part(ids.stream().map(id -> Mention.of(id, board.get(id).name())).toList());
    }

    private Geometry place(StickyId id) {
        return board.geometry(id).orElse(new Geometry(0, 0, id.kind().defaultWidth(), id.kind().defaultHeight()));
    }

    private int laneIndex(StickyId id) {
        List<BoundedContext> contexts = board.settings().contexts();
        return board.settings().contextAtY(place(id).centerY()).map(contexts::indexOf).orElse(contexts.size());
    }
}
