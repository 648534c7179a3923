package org.eventstorm.model.validate.rules;

import org.eventstorm.model.definition.DefinitionKind;
import org.eventstorm.model.validate.DefinitionRule;
import org.eventstorm.model.validate.Severity;

/** A definition rule's description, given once in its constructor: id, title, default severity and the kind it checks. */
public abstract class DescribedDefinitionRule implements DefinitionRule {
    private final String id;
    private final String title;
    private final Severity defaultSeverity;
    private final DefinitionKind kind;

    protected DescribedDefinitionRule(String id, String title, Severity defaultSeverity, DefinitionKind kind) {
        this.id = id;
        this.title = title;
        this.defaultSeverity = defaultSeverity;
        this.kind = kind;
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
}
