package org.eventstorm.model.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eventstorm.model.board.Board;
import org.eventstorm.model.board.BoardChange;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Hearing;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.definition.DefinitionId;
import org.eventstorm.model.link.ReferenceResolver;
import org.eventstorm.model.link.ResolvedReference;
import org.eventstorm.model.sticky.Slug;
import org.eventstorm.model.sticky.Sticky;
import org.eventstorm.model.sticky.StickyId;
import org.eventstorm.model.sticky.StickyKind;

/**
 * The live validator. Validates the whole board once, then listens to its edits and re-runs only the rules whose
 * inputs changed (see {@link Scope}); its own listeners hear which findings appeared and which went. Used from
 * the board's thread.
 */
public final class Validator implements AutoCloseable {
    private final Board board;
    private final List<Rule> rules;
    private final RuleSet ruleSet;
    private final Clock clock;
    private final DefinitionChecks definitions;
    private final Map<Scope, List<Rule>> byScope = new EnumMap<>(Scope.class);
    private final ReferenceIndex index = new ReferenceIndex();
    private final ReferenceResolver resolver;
    private final Context context = new Context();
    private final Map<StickyId, Map<String, List<Finding>>> bySticky = new HashMap<>();
    private final SoughtNames sought = new SoughtNames();
    private final List<FindingsListener> listeners = new CopyOnWriteArrayList<>();
    /** The level to check at whatever the board says ({@code validate --level}); empty: the board's own. */
    private final Optional<Level> levelOverride;
    private RuleSettings settings;
    private Map<String, String> configured;
    private List<Finding> boardFindings;
    private AutoCloseable subscription;

    private Validator(Board board, RuleSet ruleSet, Clock clock, Optional<Level> levelOverride) {
        this.board = board;
        this.levelOverride = levelOverride;
        this.ruleSet = ruleSet;
        this.rules = ruleSet.stickyRules();
        this.clock = clock;
        this.resolver = new ReferenceResolver(board);
        this.definitions = new DefinitionChecks(board, ruleSet.definitionRules(), context);
        for (Scope scope : Scope.values()) {
            byScope.put(scope, this.rules.stream().filter(rule -> rule.scope() == scope).toList());
        }
        validateAll();
    }

    /** Validates {@code board} with the standard rules and keeps the findings up to date as it is edited. */
    public static Validator attach(Board board) {
        return attach(board, StandardRules.set());
    }

    public static Validator attach(Board board, RuleSet rules) {
        return attach(board, rules, Clock.systemDefaultZone());
    }

    /** As {@link #attach(Board, RuleSet)}, with {@code clock} telling the rules that know dates (a sunset past) what day it is. */
    public static Validator attach(Board board, RuleSet rules, Clock clock) {
        Validator validator = new Validator(board, rules, clock, Optional.empty());
        // The validator hears first, so whoever hears of the change after it finds the findings up to date.
        validator.subscription = board.addListener(Hearing.DERIVED, validator::boardChanged);
        return validator;
    }

    /** The standard rules' verdict on {@code board} once, without following its edits (the command line's use). */
    public static Validator check(Board board) {
        return check(board, Clock.systemDefaultZone());
    }

    /** The standard rules' verdict on {@code board} as of the clock's day, at the board's level. */
    public static Validator check(Board board, Clock clock) {
        return new Validator(board, StandardRules.set(), clock, Optional.empty());
    }

    /** The standard rules' verdict on {@code board} as of the clock's day, at {@code level} whatever the board says. */
    public static Validator check(Board board, Clock clock, Level level) {
        return new Validator(board, StandardRules.set(), clock, Optional.of(level));
    }

    /** The level this validator checks at: the board's, unless it was given one. */
    public Level level() {
        return settings.level();
    }

    /** The findings of the standard rules on {@code board}, once. */
    public static List<Finding> validate(Board board) {
        return check(board).findings();
    }

    /** Advice on a finding that depends on the rest of the board ("did you mean ...?"), computed now. */
    public Optional<Advice> adviceFor(Finding finding) {
        context.startPass();
        return rules.stream().filter(rule -> rule.id().equals(finding.ruleId())).findFirst().flatMap(rule -> rule.advise(finding, context));
    }

    /** The edits that would fix a finding, the best first: the advice's, then the finding's own. */
    public List<Fix> fixesFor(Finding finding) {
        List<Fix> fixes = new ArrayList<>();
        adviceFor(finding).flatMap(Advice::suggestedFix).ifPresent(fixes::add);
        finding.suggestedFix().ifPresent(fixes::add);
        return fixes;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The sticky and definition rules. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Every current finding, in {@link Finding#ORDER}. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(boardFindings);
        all.addAll(definitions.findings());
        bySticky.values().forEach(byRule -> byRule.values().forEach(all::addAll));
        all.sort(Finding.ORDER);
        return all;
    }

    /** The current findings on one saga or strategy file. */
    public List<Finding> findingsOn(DefinitionId id) {
        return definitions.findingsOn(id);
    }

    /** The current findings on one sticky. */
    public List<Finding> findingsOn(StickyId id) {
        List<Finding> all = new ArrayList<>();
        bySticky.getOrDefault(id, Map.of()).values().forEach(all::addAll);
        all.sort(Finding.ORDER);
        return all;
    }

    public AutoCloseable addListener(FindingsListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }

    private void validateAll() {
        context.startPass();
        configured = board.settings().rules();
        settings = ruleSettings();
        boardFindings = List.copyOf(settings.problems());
        bySticky.clear();
        sought.clear();
        board.stickies().forEach((id, sticky) -> index.put(id, ReferenceIndex.writtenBy(sticky)));
        // Rules are stateless and the board does not change during a pass: check the stickies on every core.
        record Checked(StickyId id, List<List<Finding>> byRule) {
        }
        List<Checked> checked = new ArrayList<>(board.stickies().entrySet()).parallelStream().map(
                entry -> new Checked(entry.getKey(), rules.stream().map(rule -> run(rule, entry.getKey(), entry.getValue())).toList())).toList();
        for (Checked result : checked) {
            for (int i = 0; i < rules.size(); i++) {
                store(result.id(), rules.get(i), result.byRule().get(i), null);
            }
        }
        definitions.validateAll(settings);
    }

    private void boardChanged(BoardChange change) {
        context.startPass();
        Set<StickyId> changed = new LinkedHashSet<>();
        Set<KindKey> names = new HashSet<>();
        Set<String> referencedKeys = new HashSet<>();
        boolean settingsChanged = false;
        boolean contextsChanged = false;
        for (Change primitive : change.changes()) {
            if (primitive instanceof Change.StickyChange sticky) {
                changed.add(sticky.id());
                String before = sticky.before() == null ? null : Slug.of(sticky.before().name());
                String after = sticky.after() == null ? null : Slug.of(sticky.after().name());
                if (!Objects.equals(before, after)) {
                    if (before != null) {
                        names.add(new KindKey(sticky.id().kind(), before));
                    }
                    if (after != null) {
                        names.add(new KindKey(sticky.id().kind(), after));
                    }
                }
                Set<ReferenceIndex.Written> oldWritten = index.written(sticky.id());
                Set<ReferenceIndex.Written> newWritten = sticky.after() == null ? Set.of() : ReferenceIndex.writtenBy(sticky.after());
                if (!oldWritten.equals(newWritten)) {
                    oldWritten.forEach(written -> referencedKeys.add(written.key()));
                    newWritten.forEach(written -> referencedKeys.add(written.key()));
                    index.put(sticky.id(), newWritten);
                }
            } else if (primitive instanceof Change.SettingsChange settingsChange) {
                settingsChanged = true;
                contextsChanged |= !settingsChange.before().contexts().equals(settingsChange.after().contexts());
            }
        }
        FindingsDelta delta = new FindingsDelta();
        if (settingsChanged) {
            RuleSettings newSettings = ruleSettings();
            List<Finding> newProblems = List.copyOf(newSettings.problems());
            delta.replace(boardFindings, newProblems);
            boardFindings = newProblems;
            boolean levelsChanged = !configured.equals(board.settings().rules()) || newSettings.level() != settings.level()
                    || !newSettings.naming().equals(settings.naming());
            configured = board.settings().rules();
            settings = newSettings;
            if (levelsChanged) {
                // A rule was turned off or re-graded, or the level moved: every verdict may read differently.
                board.ids().forEach(id -> rerun(id, rules, delta));
            } else if (contextsChanged) {
                board.ids().forEach(id -> rerun(id, byScope.get(Scope.SETTINGS), delta));
            }
        }
        for (StickyId id : changed) {
            if (board.contains(id)) {
                rerun(id, rules, delta);
            } else {
                Map<String, List<Finding>> gone = bySticky.remove(id);
                if (gone != null) {
                    gone.values().forEach(delta::removed);
                }
                for (Rule rule : rules) {
                    if (rule.suggestsNames()) {
                        sought.forget(rule.id(), id);
                    }
                }
            }
        }
        for (KindKey name : names) {
            for (StickyId writer : index.writers(name.key())) {
                rerun(writer, byScope.get(Scope.OUTGOING), delta);
            }
            for (StickyId same : board.find(name.kind(), name.key())) {
                rerun(same, byScope.get(Scope.SAME_NAME), delta);
            }
        }
        if (!names.isEmpty()) {
            for (Rule rule : rules) {
                if (rule.suggestsNames()) {
                    for (StickyId holder : sought.holdersSeeking(rule.id(), names.stream().map(KindKey::key).toList())) {
                        rerun(holder, List.of(rule), delta);
                    }
                }
            }
        }
        if (!byScope.get(Scope.INCOMING).isEmpty()) {
            for (String key : referencedKeys) {
                for (StickyKind kind : StickyKind.values()) {
                    for (StickyId target : board.find(kind, key)) {
                        rerun(target, byScope.get(Scope.INCOMING), delta);
                    }
                }
            }
        }
        definitions.changed(change, settings, settingsChanged, delta);
        FindingsChange findingsChange = delta.change();
        if (!findingsChange.isEmpty()) {
            listeners.forEach(listener -> listener.findingsChanged(findingsChange));
        }
    }

    private void rerun(StickyId id, List<Rule> which, FindingsDelta delta) {
        Sticky sticky = board.sticky(id).orElse(null);
        if (sticky == null) {
            return;
        }
        for (Rule rule : which) {
            store(id, rule, run(rule, id, sticky), delta);
        }
    }

    private List<Finding> run(Rule rule, StickyId id, Sticky sticky) {
        // a free note is the room's own: nothing about it can be wrong
        return settings.runs(rule) && sticky.kind() != StickyKind.NOTE ? settings.apply(rule, rule.check(id, sticky, context)) : List.of();
    }

    /** The rules' configuration as the board's settings give it now. */
    private RuleSettings ruleSettings() {
        return new RuleSettings(board.settings().rules(), ruleSet.all(), levelToCheck(), board.settings().naming());
    }

    private Level levelToCheck() {
        return levelOverride.orElse(board.settings().level());
    }

    private void store(StickyId id, Rule rule, List<Finding> findings, FindingsDelta delta) {
        Map<String, List<Finding>> byRule = bySticky.get(id);
        List<Finding> previous = byRule == null ? List.of() : byRule.getOrDefault(rule.id(), List.of());
        if (delta != null) {
            delta.replace(previous, findings);
        }
        if (rule.suggestsNames()) {
            sought.forget(rule.id(), id);
            if (!findings.isEmpty()) {
                sought.record(rule.id(), id, rule.sought(id, board.get(id), context));
            }
        }
        if (findings.isEmpty()) {
            if (byRule != null) {
                byRule.remove(rule.id());
                if (byRule.isEmpty()) {
                    bySticky.remove(id);
                }
            }
        } else {
            bySticky.computeIfAbsent(id, key -> new HashMap<>()).put(rule.id(), List.copyOf(findings));
        }
    }

    private record KindKey(StickyKind kind, String key) {
    }

    private final class Context implements ValidationContext {
        /** Resolutions made during the current pass; names cannot change within a pass, so they stay true. */
        private final Map<StickyId, List<ResolvedReference>> resolved = new ConcurrentHashMap<>();

        void startPass() {
            resolved.clear();
        }

        @Override
        public List<ResolvedReference> references(StickyId id) {
            List<ResolvedReference> references = resolved.get(id);
            if (references == null) {
                references = resolver.referencesOf(id, board.get(id));
                resolved.putIfAbsent(id, references);
            }
            return references;
        }

        @Override
        public Board board() {
            return board;
        }

        @Override
        public ReferenceResolver resolver() {
            return resolver;
        }

        @Override
        public LocalDate today() {
            return LocalDate.now(clock);
        }

        @Override
        public List<ResolvedReference> incoming(StickyId target) {
            Sticky sticky = board.sticky(target).orElse(null);
            if (sticky == null) {
                return List.of();
            }
            List<ResolvedReference> incoming = new ArrayList<>();
            for (StickyId writer : index.writers(Slug.of(sticky.name()))) {
                if (writer.equals(target)) {
                    continue;
                }
                for (ResolvedReference reference : references(writer)) {
                    if (reference.targets().contains(target)) {
                        incoming.add(reference);
                    }
                }
            }
            return Collections.unmodifiableList(incoming);
        }
    }
}
