package org.eventstorm.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.eventstorm.model.validate.RuleSet;
import org.eventstorm.model.validate.StandardRules;

/** The validator's rules: the standard set, on stickies and on saga and strategy files. */
public final class ValidationModule extends AbstractModule {
    @Provides
    @Singleton
    RuleSet rules() {
        return StandardRules.set();
    }
}
