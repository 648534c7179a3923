package org.eventstorm.model.saga;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.Geometry;
import org.eventstorm.model.board.SagaDefaults;
import org.eventstorm.model.link.BoardLinks;
import org.eventstorm.model.link.LinkIndex;
import org.eventstorm.model.link.LinkRule;
import org.eventstorm.model.link.Outcomes;
import org.eventstorm.model.link.Reference;
import org.eventstorm.model.sticky.Command;
import org.eventstorm.model.sticky.DomainEvent;
import org.eventstorm.model.sticky.SchemaField;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * Derives a saga from the board: from a trigger event, follow event to policy to command to event, one step per
 * command, each sent to the service of the aggregate that handles it. A step depends on the step whose event
 * triggered it, so one event triggering two policies gives two steps that run in parallel. Compensation, timeout and
 * retry come from the command, else from the board's {@code saga_defaults}. Failure paths (an event written as
 * "(failure case)") and compensating commands are not followed: the saga undoes them itself.
 */
public final class SagaDerivation {
    private final Board board;
    private final LinkIndex links;
    private final BoardServices services;
    private final Outcomes outcomes;

    public SagaDerivation(Board board) {
        this.board = board;
        this.links = new LinkIndex(BoardLinks.of(board));
        this.services = new BoardServices(board, links);
        this.outcomes = new Outcomes(board);
    }

    /** The saga that starts when {@code trigger} happens. */
    public Saga derive(StickyId trigger, String name) {
        DomainEvent event = requireEvent(trigger);
        List<SagaStep> built = new ArrayList<>();
        walk(trigger).forEach((command, draft) -> built.add(step(command, draft)));
        return new Saga(name, SagaNames.pascal(event.name()), description(trigger, name, built), built, "reverse", List.of(),
                new FailureHandling("compensate", "compensate", 3, Map.of()), new StatePersistence("database", "saga_state", Map.of()),
                new Idempotency(true, keyFields(event), Map.of()), Map.of());
    }

    /** The commands the chain from {@code trigger} reaches, in the order reached, each with its step id and dependencies. */
    private Map<StickyId, Draft> walk(StickyId trigger) {
        Set<StickyId> compensating = compensatingCommands();
        Map<StickyId, Draft> steps = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        Deque<Cause> queue = new ArrayDeque<>();
        Set<StickyId> followed = new HashSet<>();
        queue.add(new Cause(trigger, null));
        while (!queue.isEmpty()) {
            Cause cause = queue.poll();
            for (StickyId policy : inTimeOrder(links.targets(LinkRule.EVENT_TRIGGERS_POLICY, cause.event()))) {
                for (StickyId command : links.targets(LinkRule.POLICY_ISSUES_COMMAND, policy)) {
                    if (compensating.contains(command)) {
                        continue;
                    }
                    Draft draft = steps.get(command);
                    if (draft == null) {
                        draft = new Draft(unique(Slug.of(board.get(command).name()), ids));
                        steps.put(command, draft);
                        for (StickyId produced : successEvents(command)) {
                            if (followed.add(produced)) {
                                queue.add(new Cause(produced, draft.id));
                            }
                        }
                    }
                    if (cause.step() != null && !cause.step().equals(draft.id) && !draft.dependsOn.contains(cause.step())) {
                        draft.dependsOn.add(cause.step());
                    }
                }
            }
        }
        return steps;
    }

    /**
     * The events a saga could start from: events no policy reacts to on the way in (a person or another system causes
     * them) whose chain reaches at least two commands, in time order.
     */
    public List<StickyId> triggers() {
        List<StickyId> found = new ArrayList<>();
        for (StickyId id : startingEvents()) {
            if (walk(id).size() >= 2) {
                found.add(id);
            }
        }
        return found;
    }

    /** The events a chain may start from, in time order: those no policy's command produces. */
    private List<StickyId> startingEvents() {
        return inTimeOrder(eventIds()).stream().filter(id -> links.sources(LinkRule.COMMAND_PRODUCES_EVENT, id).stream().noneMatch(
                command -> !links.sources(LinkRule.POLICY_ISSUES_COMMAND, command).isEmpty())).toList();
    }

    /**
     * Why the board gives no saga, and what would make one; empty when {@link #triggers()} finds one. A saga
     * coordinates two or more commands, chained event to policy to command to event.
     */
    public Optional<String> whyNone() {
        List<String> shortChains = new ArrayList<>();
        for (StickyId trigger : startingEvents()) {
            Set<StickyId> commands = walk(trigger).keySet();
            if (commands.size() >= 2) {
                return Optional.empty();
            }
            if (commands.size() != 1 || shortChains.size() == 3) {
                continue;
            }
            StickyId command = commands.iterator().next();
            String name = board.get(command).name();
            List<StickyId> produced = successEvents(command);
            shortChains.add("'" + board.get(trigger).name() + "' sets off one command, '" + name + "'; "
                    + (produced.isEmpty() ? "'" + name + "' produces no event a next policy could react to: list one under its Produces Events"
                            : "add a policy on '" + board.get(produced.get(0)).name() + "' that issues the next command"));
        }
        if (board.ids().stream().noneMatch(id -> id.kind() == StickyKind.POLICY)) {
            return Optional.of("no policy reacts to an event, so nothing follows on its own; a saga needs an event whose policies"
                    + " issue two or more commands in a chain (event, policy, command, event, policy, command)");
        }
        if (!shortChains.isEmpty()) {
            return Optional.of("no event sets off two or more commands: " + String.join("; ", shortChains));
        }
        return Optional.of("no policy links an event to a command it issues; give each policy its trigger_event and the command it issues");
    }

    /** A name for the saga of {@code trigger}: the board's title for its first saga, else the trigger's. */
    public String defaultName(StickyId trigger) {
        String title = board.settings().title().strip();
        Set<String> taken = new HashSet<>();
        board.definitions(Saga.class).values().forEach(saga -> taken.add(saga.name()));
        String fromTitle = SagaNames.pascal(title);
        if (!fromTitle.isEmpty() && !fromTitle.endsWith("Saga")) {
            fromTitle += "Saga";
        }
        if (!fromTitle.isEmpty() && !taken.contains(fromTitle) && !title.equalsIgnoreCase("untitled board")) {
            return fromTitle;
        }
        String fromEvent = SagaNames.pascal(board.get(trigger).name()) + "Saga";
        String name = fromEvent;
        for (int n = 2; taken.contains(name); n++) {
            name = fromEvent + n;
        }
        return name;
    }

    private SagaStep step(StickyId commandId, Draft draft) {
        Command command = (Command) board.get(commandId);
        SagaDefaults defaults = board.settings().sagaDefaults();
        String compensation = command.compensation().map(written -> {
            List<StickyId> named = board.find(StickyKind.COMMAND, Reference.parse(written).key());
            return SagaNames.pascal(named.size() == 1 ? board.get(named.get(0)).name() : Reference.parse(written).name());
        }).orElse("");
        return new SagaStep(draft.id, services.ofCommand(commandId).orElse(""), SagaNames.pascal(command.name()),
                command.timeout().orElse(defaults.timeout()), compensation, command.retry().filter(retry -> !retry.isEmpty()).orElse(defaults.retry()),
                draft.dependsOn, Map.of());
    }

    /** "Coordinates order fulfillment across inventory, payment, and shipping": the services beyond the trigger's own. */
    private String description(StickyId trigger, String name, List<SagaStep> steps) {
        String subject = SagaNames.words(name.endsWith("Saga") && name.length() > 4 ? name.substring(0, name.length() - 4) : name).toLowerCase(Locale.ROOT);
        Optional<String> own = services.ofEvent(trigger);
        List<String> participants = new ArrayList<>();
        for (SagaStep step : steps) {
            String word = SagaNames.serviceWord(step.service());
            if (!step.service().isBlank() && !own.map(step.service()::equals).orElse(false) && !participants.contains(word)) {
                participants.add(word);
            }
        }
        if (participants.isEmpty()) {
            return "Coordinates " + subject;
        }
        String across = participants.size() == 1 ? participants.get(0)
                : participants.size() == 2 ? participants.get(0) + " and " + participants.get(1)
                : String.join(", ", participants.subList(0, participants.size() - 1)) + ", and " + participants.get(participants.size() - 1);
        return "Coordinates " + subject + " across " + across;
    }

    /** The trigger's identifying field (the first required one named ...Id) and the saga's own id. */
    private static List<String> keyFields(DomainEvent event) {
        List<String> keys = new ArrayList<>();
        for (SchemaField field : event.payload()) {
            if (field.required() && field.name().endsWith("Id") && !field.name().equals("sagaId")) {
                keys.add(field.name());
                break;
            }
        }
        keys.add("sagaId");
        return keys;
    }

    /** The events a command produces on success: not those written as a failure ("Order Rejected (failure case)"). */
    private List<StickyId> successEvents(StickyId commandId) {
        return outcomes.successes(commandId);
    }

    /** Commands that undo another: a saga reaches them through compensation, never as steps of their own. */
    private Set<StickyId> compensatingCommands() {
        Set<StickyId> compensating = new HashSet<>();
        board.stickies().forEach((id, sticky) -> {
            if (sticky instanceof Command) {
                links.targets(LinkRule.COMMAND_COMPENSATED_BY, id).forEach(compensating::add);
            }
        });
        return compensating;
    }

    private List<StickyId> eventIds() {
        return board.ids().stream().filter(id -> id.kind() == StickyKind.EVENT).toList();
    }

    private List<StickyId> inTimeOrder(List<StickyId> ids) {
        List<StickyId> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparingInt((StickyId id) -> board.geometry(id).map(Geometry::x).orElse(0)).thenComparingInt(
                id -> board.geometry(id).map(Geometry::y).orElse(0)).thenComparing(id -> id));
        return sorted;
    }

    private DomainEvent requireEvent(StickyId trigger) {
        if (!(board.sticky(trigger).orElse(null) instanceof DomainEvent event)) {
            throw new IllegalArgumentException(trigger + " is not a domain event on the board");
        }
        return event;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id.isEmpty() ? "step" : id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private record Cause(StickyId event, String step) {
    }

    private static final class Draft {
        final String id;
        final List<String> dependsOn = new ArrayList<>();

        Draft(String id) {
            this.id = id;
        }
    }
}
