package org.eventstorm.app.network;

import java.io.File;

/**
 * EventStorm Studio never needs the network. Host names are looked up in an empty hosts file instead of the system's
 * resolver, so nothing in the JDK or a library can send a DNS query on the tool's behalf (AWT's font configuration
 * looks up the machine's own name when the first picture is drawn). See decision 0014.
 */
public final class OfflineNames {
    static final String PROPERTY = "jdk.net.hosts.file";

    private OfflineNames() {
    }

    /** Must run before anything looks up a name: first thing in {@code main}. A hosts file set by the person wins. */
    public static void apply() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, File.separatorChar == '\\' ? "NUL" : "/dev/null");
        }
    }
}
