package org.eventstorm.model.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import org.eventstorm.model.board.BoardSettings;
import org.eventstorm.model.board.Change;
import org.eventstorm.model.board.Hearing;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.board.Naming;
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
 *
 * <p>A rule's verdict on a sticky is kept as the rule gave it, and what is reported is that verdict as the board's
 * settings grade it (the level, {@code rules:}, the names' language). A change of those settings re-grades the kept
 * verdicts instead of checking the board again; only a rule that has never run on this board (it was off, or due at a
 * deeper level only) is run, once, over all stickies, and from then on it is kept up to date like the others.
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
    private final Map<StickyId, Map<String, Verdict>> bySticky = new HashMap<>();
    /** The rules whose verdicts are kept on every sticky: those that ran at some level or configuration so far. */
    private final Set<Rule> kept = new HashSet<>();
    /** For each {@link Scope#SETTINGS} rule, the keys of the board's settings each sticky reads. */
    private final KeysByRule settingsReaders = new KeysByRule();
    private final KeysByRule sought = new KeysByRule();
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
        bySticky.values().forEach(byRule -> byRule.values().forEach(verdict -> all.addAll(verdict.reported())));
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
        bySticky.getOrDefault(id, Map.of()).values().forEach(verdict -> all.addAll(verdict.reported()));
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
        kept.clear();
        rules.stream().filter(settings::runs).forEach(kept::add);
        board.stickies().forEach((id, sticky) -> index.put(id, ReferenceIndex.writtenBy(sticky)));
        settingsReaders.clear();
        board.stickies().forEach(this::readSettings);
        // Rules are stateless and the board does not change during a pass: check the stickies on every core.
        record Checked(StickyId id, List<List<Finding>> byRule) {
        }
        List<Checked> checked = new ArrayList<>(board.stickies().entrySet()).parallelStream().map(
                entry -> new Checked(entry.getKey(),
                        rules.stream().map(rule -> kept.contains(rule) ? run(rule, entry.getKey(), entry.getValue()) : List.<Finding>of()).toList())).toList();
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
        BoardSettings settingsBefore = null;
        for (Change primitive : change.changes()) {
            if (primitive instanceof Change.StickyChange sticky) {
                changed.add(sticky.id());
                readSettings(sticky.id(), sticky.after());
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
                if (!settingsChanged) {
                    settingsBefore = settingsChange.before();
                }
                settingsChanged = true;
            }
        }
        FindingsDelta delta = new FindingsDelta();
        if (settingsChanged) {
            RuleSettings newSettings = ruleSettings();
            List<Finding> newProblems = List.copyOf(newSettings.problems());
            delta.replace(boardFindings, newProblems);
            boardFindings = newProblems;
            boolean gradingChanged = !configured.equals(board.settings().rules()) || newSettings.level() != settings.level();
            Naming namingBefore = settings.naming();
            boolean namingChanged = !newSettings.naming().equals(namingBefore);
            configured = board.settings().rules();
            settings = newSettings;
            if (gradingChanged || namingChanged) {
                // A rule was turned off or re-graded, the level moved or the language changed (rules reading English
                // come or go): every kept verdict reads differently, and a rule that now runs for the first time
                // checks every sticky.
                regrade(delta);
            }
            if (namingChanged) {
                recheckNamingReaders(namingBefore, newSettings.naming(), delta);
            }
            recheckSettingsReaders(settingsBefore, delta);
        }
        for (StickyId id : changed) {
            if (board.contains(id)) {
                rerun(id, rules, delta);
            } else {
                Map<String, Verdict> gone = bySticky.remove(id);
                if (gone != null) {
                    gone.values().forEach(verdict -> delta.removed(verdict.reported()));
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
            if (kept.contains(rule)) {
                store(id, rule, run(rule, id, sticky), delta);
            }
        }
    }

    /** Keeps {@link #settingsReaders} up to date as a sticky comes, changes (to {@code after}) or goes (null). */
    private void readSettings(StickyId id, Sticky after) {
        for (Rule rule : byScope.get(Scope.SETTINGS)) {
            settingsReaders.forget(rule.id(), id);
            if (after != null) {
                settingsReaders.record(rule.id(), id, rule.settingsRead(after));
            }
        }
    }

    /** The board's settings changed from {@code before}: each settings rule re-checks the stickies reading what changed. */
    private void recheckSettingsReaders(BoardSettings before, FindingsDelta delta) {
        for (Rule rule : byScope.get(Scope.SETTINGS)) {
            List<Rule> only = List.of(rule);
            Optional<Set<String>> keys = rule.settingsChanged(before, board.settings());
            Collection<StickyId> recheck = keys.isPresent() ? settingsReaders.holdersSeeking(rule.id(), keys.get()) : board.ids();
            recheck.forEach(id -> rerun(id, only, delta));
        }
    }

    /** The verdict of a rule on a sticky as the rule gives it, before the settings grade it. */
    private List<Finding> run(Rule rule, StickyId id, Sticky sticky) {
        // a free note is the room's own: nothing about it can be wrong
        return sticky.kind() != StickyKind.NOTE ? rule.check(id, sticky, context) : List.of();
    }

    /** The settings' grading changed: every kept verdict is graded again; rules that run for the first time check every sticky. */
    private void regrade(FindingsDelta delta) {
        for (Map.Entry<StickyId, Map<String, Verdict>> sticky : bySticky.entrySet()) {
            for (Map.Entry<String, Verdict> entry : sticky.getValue().entrySet()) {
                Verdict verdict = entry.getValue();
                List<Finding> reported = settings.apply(verdict.rule(), verdict.raw());
                if (!reported.equals(verdict.reported())) {
                    delta.replace(verdict.reported(), reported);
                    entry.setValue(new Verdict(verdict.rule(), verdict.raw(), reported));
                }
            }
        }
        List<Rule> firstRun = rules.stream().filter(rule -> settings.runs(rule) && !kept.contains(rule)).toList();
        if (!firstRun.isEmpty()) {
            kept.addAll(firstRun);
            board.ids().forEach(id -> rerun(id, firstRun, delta));
        }
    }

    /**
     * The naming conventions changed: each rule that reads them checks again what it says the change concerns, every
     * sticky or only those it has findings on (a language change on 50,000 stickies: the events and commands lacking a
     * producer or an event, not every event's incoming links).
     */
    private void recheckNamingReaders(Naming before, Naming after, FindingsDelta delta) {
        for (Rule rule : rules) {
            switch (rule.onNamingChange(before, after)) {
                case NOTHING -> {
                }
                case EVERY_STICKY -> board.ids().forEach(id -> rerun(id, List.of(rule), delta));
                case STICKIES_WITH_FINDINGS -> {
                    List<StickyId> found = new ArrayList<>();
                    bySticky.forEach((id, verdicts) -> {
                        Verdict verdict = verdicts.get(rule.id());
                        if (verdict != null && !verdict.raw().isEmpty()) {
                            found.add(id);
                        }
                    });
                    found.forEach(id -> rerun(id, List.of(rule), delta));
                }
            }
        }
    }

    /** The rules' configuration as the board's settings give it now. */
    private RuleSettings ruleSettings() {
        return new RuleSettings(board.settings().rules(), ruleSet.all(), levelToCheck(), board.settings().naming());
    }

    private Level levelToCheck() {
        return levelOverride.orElse(board.settings().level());
    }

    /** Keeps a rule's verdict on a sticky ({@code raw}, as the rule gave it) and reports it as the settings grade it. */
    private void store(StickyId id, Rule rule, List<Finding> raw, FindingsDelta delta) {
        Map<String, Verdict> byRule = bySticky.get(id);
        Verdict previous = byRule == null ? null : byRule.get(rule.id());
        List<Finding> reported = settings.apply(rule, raw);
        if (delta != null) {
            delta.replace(previous == null ? List.of() : previous.reported(), reported);
        }
        if (rule.suggestsNames()) {
            sought.forget(rule.id(), id);
            if (!raw.isEmpty()) {
                sought.record(rule.id(), id, rule.sought(id, board.get(id), context));
            }
        }
        if (raw.isEmpty()) {
            if (byRule != null) {
                byRule.remove(rule.id());
                if (byRule.isEmpty()) {
                    bySticky.remove(id);
                }
            }
        } else {
            bySticky.computeIfAbsent(id, key -> new HashMap<>()).put(rule.id(), new Verdict(rule, List.copyOf(raw), List.copyOf(reported)));
        }
    }

    /** A rule's findings on one sticky as the rule gave them, and as they are reported under the current settings. */
    private record Verdict(Rule rule, List<Finding> raw, List<Finding> reported) {
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
