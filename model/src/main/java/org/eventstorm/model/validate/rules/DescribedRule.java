package org.eventstorm.model.validate.rules;

import java.util.Objects;
import org.eventstorm.model.board.Level;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.validate.RuleInfo;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;

/**
 * A rule's description, given once in its constructor: id, title, default severity, what it checks and the level it
 * starts at. A rule on stickies ({@code extends DescribedRule implements Rule}) names the scope its verdict depends on;
 * a rule on saga and strategy files ({@code extends DescribedRule implements DefinitionRule}) the kind of file.
 */
public abstract class DescribedRule implements RuleInfo {
    private final String id;
    private final String title;
    private final Severity defaultSeverity;
    private final Scope scope;
    private final DefinitionKind kind;
    private final Level level;

    /** A rule on stickies, whose verdict depends on {@code scope}. */
    protected DescribedRule(String id, String title, Severity defaultSeverity, Scope scope, Level level) {
        this(id, title, defaultSeverity, Objects.requireNonNull(scope, "scope"), null, level);
    }

    /** A rule on the definitions of {@code kind}. */
    protected DescribedRule(String id, String title, Severity defaultSeverity, DefinitionKind kind, Level level) {
        this(id, title, defaultSeverity, null, Objects.requireNonNull(kind, "kind"), level);
    }

    private DescribedRule(String id, String title, Severity defaultSeverity, Scope scope, DefinitionKind kind, Level level) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        this.scope = scope;
        this.kind = kind;
        this.level = Objects.requireNonNull(level, "level");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final Level level() {
        return level;
    }

    /** For a rule on stickies: what its verdict on a sticky depends on. */
    public final Scope scope() {
        return scope;
    }

    /** For a rule on definitions: the kind of file it checks. */
    public final DefinitionKind kind() {
        return kind;
    }
}
