package org.eventstorm.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.List;
import org.eventstorm.model.validate.Rule;
import org.eventstorm.model.validate.StandardRules;

/** The validator's rules: the standard set (the saga and versioning features add theirs here). */
public final class ValidationModule extends AbstractModule {
    @Provides
    @Singleton
    List<Rule> rules() {
        return StandardRules.all();
    }
}
