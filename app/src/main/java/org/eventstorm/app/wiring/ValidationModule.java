package org.eventstorm.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eventstorm.model.validate.RuleSet;
import org.eventstorm.model.validate.StandardRules;

/**
 * The validator's rules (the standard set, on stickies and on saga and strategy files) and its clock: the system's,
 * or the day the {@code eventstorm.today} property names ({@code 2026-12-01}), so that a session or a test about
 * sunset dates sees the same day whenever it runs.
 */
public final class ValidationModule extends AbstractModule {
    @Provides
    @Singleton
    Clock clock() {
        String today = System.getProperty("eventstorm.today", "").strip();
        if (today.isEmpty()) {
            return Clock.systemDefaultZone();
        }
        return Clock.fixed(LocalDate.parse(today).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    @Provides
    @Singleton
    RuleSet rules() {
        return StandardRules.set();
    }
}
