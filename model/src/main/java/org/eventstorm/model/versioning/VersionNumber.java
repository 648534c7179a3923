package org.eventstorm.model.versioning;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The major number of a version as written: {@code v2} is 2, {@code 1.4.0} is 1, {@code "3"} is 3. */
public final class VersionNumber {
    private static final Pattern VERSION = Pattern.compile("[vV]?(\\d{1,9})(\\.\\d{1,9})*(-[0-9A-Za-z.-]+)?");

    private VersionNumber() {
    }

    public static Optional<Integer> major(String version) {
        Matcher matcher = VERSION.matcher(version == null ? "" : version.strip());
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }
}
