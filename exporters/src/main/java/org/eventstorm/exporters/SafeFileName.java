package org.eventstorm.exporters;

import org.eventstorm.model.sticky.Slug;

/**
 * A name from the board made into one file or folder name: lower-kebab ASCII, so no separator, no {@code ..}, no
 * character a file system or a URL treats specially. {@code ../../etc/passwd} becomes {@code etc-passwd}.
 */
public final class SafeFileName {
    private SafeFileName() {
    }

    public static String of(String name) {
        return Slug.of(name == null ? "" : name);
    }

    /** True when {@code segment} may be one part of a relative path the target folder writes. */
    static boolean isSafeSegment(String segment) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.length() > 255) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|') {
                return false;
            }
        }
        return true;
    }
}
