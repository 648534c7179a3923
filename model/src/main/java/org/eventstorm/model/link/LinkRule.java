package org.eventstorm.model.link;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eventstorm.model.sticky.Field;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The link grammar: which kind may point at which, and which field of which end records the link. Links are
 * never stored on their own; they are read from these fields, and drawing an arrow edits the field.
 * Arrows point the way time and causality flow: actor to command, command to event, event to policy ...
 */
public enum LinkRule {
    ACTOR_ISSUES_COMMAND(StickyKind.ACTOR, StickyKind.COMMAND, End.TARGET, Field.ACTOR, "issues"), COMMAND_HANDLED_BY_AGGREGATE(StickyKind.COMMAND,
            StickyKind.AGGREGATE, End.TARGET, Field.COMMANDS_HANDLED, "is handled by"), COMMAND_PRODUCES_EVENT(StickyKind.COMMAND, StickyKind.EVENT, End.SOURCE,
                    Field.PRODUCES_EVENTS, "produces"), COMMAND_SENT_TO_EXTERNAL_SYSTEM(StickyKind.COMMAND, StickyKind.EXTERNAL_SYSTEM, End.TARGET,
                            Field.RECEIVES_COMMANDS, "is sent to"), COMMAND_COMPENSATED_BY(StickyKind.COMMAND, StickyKind.COMMAND, End.SOURCE,
                                    Field.COMPENSATION, "is undone by"), AGGREGATE_EMITS_EVENT(StickyKind.AGGREGATE, StickyKind.EVENT, End.SOURCE,
                                            Field.EVENTS_EMITTED, "emits"), EVENT_TRIGGERS_POLICY(StickyKind.EVENT, StickyKind.POLICY, End.TARGET,
                                                    Field.TRIGGER_EVENT, "triggers"), EVENT_BUILDS_READ_MODEL(StickyKind.EVENT, StickyKind.READ_MODEL,
                                                            End.TARGET, Field.BUILT_FROM, "builds"), POLICY_ISSUES_COMMAND(StickyKind.POLICY,
                                                                    StickyKind.COMMAND, End.SOURCE, Field.ISSUES_COMMAND, "issues"), READ_MODEL_INFORMS_ACTOR(
                                                                            StickyKind.READ_MODEL, StickyKind.ACTOR, End.SOURCE, Field.INFORMS,
                                                                            "informs"), EXTERNAL_SYSTEM_PRODUCES_EVENT(StickyKind.EXTERNAL_SYSTEM,
                                                                                    StickyKind.EVENT, End.SOURCE, Field.PRODUCES_EVENTS, "produces"),
    /** A hotspot may concern any sticky. */
    HOTSPOT_CONCERNS(StickyKind.HOTSPOT, null, End.SOURCE, Field.ABOUT, "is about");

    /** Which end of the arrow holds the field that records the link. */
    public enum End { SOURCE, TARGET }

    private final StickyKind from;
    private final StickyKind to;
    private final End owner;
    private final Field field;
    private final String verb;

    LinkRule(StickyKind from, StickyKind to, End owner, Field field, String verb) {
        this.from = from;
        this.to = to;
        this.owner = owner;
        this.field = field;
        this.verb = verb;
    }

    public StickyKind from() {
        return from;
    }

    /** The target kind; empty for a rule that may point at any kind. */
    public Optional<StickyKind> to() {
        return Optional.ofNullable(to);
    }

    public boolean accepts(StickyKind source, StickyKind target) {
        return from == source && (to == null || to == target);
    }

    /** The end whose field records the link. */
    public End ownerEnd() {
        return owner;
    }

    /** The kind whose field records the link. */
    public StickyKind ownerKind() {
        return owner == End.SOURCE ? from : to;
    }

    /** The field that records the link. */
    public Field field() {
        return field;
    }

    /** The kinds a reference in {@link #field()} may name. */
    public Set<StickyKind> referencedKinds() {
        if (owner == End.TARGET) {
            return EnumSet.of(from);
        }
        return to == null ? EnumSet.allOf(StickyKind.class) : EnumSet.of(to);
    }

    /** True when the field holds one name (a front-matter scalar) rather than a list. */
    public boolean isSingle() {
        return field.shape() == Field.Shape.TEXT;
    }

    /**
     * True when the field may name something written only as text, with no sticky to find: a command's actor is
     * often a role ({@code actor: Customer}, as the spec's templates write it), so naming no actor sticky is no
     * dangling reference.
     */
    public boolean mayNameText() {
        return this == ACTOR_ISSUES_COMMAND;
    }

    /** "issues", "produces" ... for messages and arrow labels. */
    public String verb() {
        return verb;
    }

    /** The rule for an arrow from {@code source} to {@code target}, if the grammar allows one. */
    public static Optional<LinkRule> between(StickyKind source, StickyKind target) {
        for (LinkRule rule : values()) {
            if (rule.from == source && rule.to == target) {
                return Optional.of(rule);
            }
        }
        for (LinkRule rule : values()) {
            if (rule.accepts(source, target)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** The rules whose owner is {@code kind}: the reference fields a sticky of that kind has. */
    public static List<LinkRule> ownedBy(StickyKind kind) {
        return Owned.BY_KIND.get(kind);
    }

    /** The rules by owning kind, worked out once. */
    private static final class Owned {
        static final Map<StickyKind, List<LinkRule>> BY_KIND = new EnumMap<>(StickyKind.class);

        static {
            for (StickyKind kind : StickyKind.values()) {
                BY_KIND.put(kind, Arrays.stream(LinkRule.values()).filter(rule -> rule.ownerKind() == kind).toList());
            }
        }
    }

    /** Why an arrow from {@code source} to {@code target} is refused, naming what is allowed instead. */
    public static String refusal(StickyKind source, StickyKind target) {
        List<String> targets = Arrays.stream(values()).filter(rule -> rule.from == source).map(rule -> rule.to == null ? "any sticky (" + rule.verb + ")"
                : article(rule.to.title()).toLowerCase(Locale.ROOT) + " " + rule.to.title() + " (" + rule.verb + ")").toList();
        String subject = article(source.title()) + " " + source.title();
        if (targets.isEmpty()) {
            return subject + " cannot point at anything; draw the arrow from the other sticky.";
        }
        String allowed = targets.size() == 1 ? targets.get(0)
                : String.join(", ", targets.subList(0, targets.size() - 1)) + " or " + targets.get(targets.size() - 1);
        return subject + " cannot point at " + article(target.title()).toLowerCase(Locale.ROOT) + " " + target.title()
                + ". It can point at " + allowed + ".";
    }

    private static String article(String noun) {
        return "AEIOU".indexOf(Character.toUpperCase(noun.charAt(0))) >= 0 ? "An" : "A";
    }
}
