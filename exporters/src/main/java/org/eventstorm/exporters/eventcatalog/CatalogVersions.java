package org.eventstorm.exporters.eventcatalog;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventstorm.exporters.SafeFileName;
import org.eventstorm.model.sticky.EventVersion;
import org.eventstorm.model.versioning.EventVersions;

/**
 * An event's versions as EventCatalog versions. EventCatalog orders versions as semantic versions, so the board's
 * {@code v2} is {@code 2.0.0} and {@code 2.1} is {@code 2.1.0}; a version written otherwise is kept as written. The
 * newest version (the last the event lists) is the event's page; each older one is a page of its own under
 * {@code versioned/}, with its own schema.
 */
final class CatalogVersions {
    private static final Pattern NUMBERED = Pattern.compile("(?i)v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    private CatalogVersions() {
    }

    /** {@code v2} -> {@code 2.0.0}. */
    static String catalogVersion(String written) {
        Matcher numbered = NUMBERED.matcher(written.strip());
        if (!numbered.matches()) {
            return written.strip();
        }
        return numbered.group(1) + "." + orZero(numbered.group(2)) + "." + orZero(numbered.group(3));
    }

    /** The folder an older version's page goes in: its catalog version, made safe when written otherwise. */
    static String folder(String written) {
        return NUMBERED.matcher(written.strip()).matches() ? catalogVersion(written) : SafeFileName.of(written);
    }

    private static String orZero(String part) {
        return part == null ? "0" : part;
    }

    /** True for a version its people are moving away from: deprecated, retired or sunset. */
    static boolean isDeprecated(EventVersion version) {
        String status = version.status().strip().toLowerCase(Locale.ROOT);
        return status.equals("deprecated") || !EventVersions.isActive(version);
    }
}
