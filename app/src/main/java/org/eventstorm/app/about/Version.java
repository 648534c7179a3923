package org.eventstorm.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The tool's version, written into the jar at build time. */
public final class Version implements CommandLine.IVersionProvider {

    /** The version ({@code 0.1.0}), or {@code unknown} when the build did not record one. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/org/eventstorm/app/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"EventStorm Studio " + current(), "Java " + System.getProperty("java.version")};
    }
}
