package org.eventstorm.model.versioning;

import java.util.List;
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

    /** The version after {@code versions}: one major number above the highest ({@code v3} after v1 and 2), never one taken. */
    public static String next(List<String> versions) {
        int highest = 0;
        for (String version : versions) {
            highest = Math.max(highest, major(version).orElse(0));
        }
        String next = "v" + (highest + 1);
        for (int n = highest + 2; versions.contains(next); n++) {
            next = "v" + n;
        }
        return next;
    }
}
