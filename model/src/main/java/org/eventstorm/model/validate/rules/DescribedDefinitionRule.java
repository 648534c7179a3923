package org.eventstorm.model.validate.rules;

import org.eventstorm.model.board.Level;
import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.validate.DefinitionRule;
import org.eventstorm.model.validate.Severity;

/** A definition rule's description, given once in its constructor: id, title, default severity, the kind it checks and the level it starts at. */
public abstract class DescribedDefinitionRule implements DefinitionRule {
    private final String id;
    private final String title;
    private final Severity defaultSeverity;
    private final DefinitionKind kind;
    private final Level level;

    protected DescribedDefinitionRule(String id, String title, Severity defaultSeverity, DefinitionKind kind, Level level) {
        this.id = id;
        this.title = title;
        this.defaultSeverity = defaultSeverity;
        this.kind = kind;
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
    public final DefinitionKind kind() {
        return kind;
    }

    @Override
    public final Level level() {
        return level;
    }
}
