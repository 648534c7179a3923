package org.eventstorm.model.validate.rules;

import org.eventstorm.model.board.Level;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.Scope;
import org.eventstorm.model.validate.Severity;

/** A rule's description, given once in its constructor: id, title, default severity, scope and the level it starts at. */
public abstract class DescribedRule implements Rule {
    private final String id;
    private final String title;
    private final Severity defaultSeverity;
    private final Scope scope;
    private final Level level;

    protected DescribedRule(String id, String title, Severity defaultSeverity, Scope scope, Level level) {
        this.id = id;
        this.title = title;
        this.defaultSeverity = defaultSeverity;
        this.scope = scope;
        this.level = level;
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
    public final Scope scope() {
        return scope;
    }

    @Override
    public final Level level() {
        return level;
    }
}
