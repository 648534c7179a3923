package org.eventstorm.app.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop is set to dark, where it can be read: GNOME's {@code color-scheme} (and a dark GTK theme) on
 * Linux, {@code AppsUseLightTheme} on Windows, {@code AppleInterfaceStyle} on macOS. Empty when it cannot be told;
 * {@code -Deventstorm.system-theme=dark|light} answers in place of the desktop.
 */
public class SystemAppearance {
    private static final long TIMEOUT_MILLIS = 1500;
    private final String os;
    private final Function<List<String>, Optional<String>> run;
    private final String told;

    @jakarta.inject.Inject
    public SystemAppearance() {
        this(System.getProperty("os.name", ""), SystemAppearance::output, System.getProperty("eventstorm.system-theme"));
    }

    SystemAppearance(String os, Function<List<String>, Optional<String>> run) {
        this(os, run, null);
    }

    private SystemAppearance(String os, Function<List<String>, Optional<String>> run, String told) {
        this.os = os.toLowerCase(Locale.ROOT);
        this.run = run;
        this.told = told;
    }

    /** True for dark, false for light; may take a moment (it asks the desktop), so call it off the FX thread. */
    public Optional<Boolean> prefersDark() {
        if (told != null && !told.isBlank()) {
            return Optional.of(told.strip().equalsIgnoreCase("dark"));
        }
        if (os.contains("win")) {
            return run.apply(
                    List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme")).flatMap(
                            SystemAppearance::windows);
        }
        if (os.contains("mac")) {
            // The key only exists in dark mode: the command fails (no output) in light mode.
            return Optional.of(
                    run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false));
        }
        Optional<Boolean> scheme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")).flatMap(SystemAppearance::gnome);
        if (scheme.isPresent()) {
            return scheme;
        }
        String gtk = System.getenv("GTK_THEME");
        if (gtk != null && !gtk.isBlank()) {
            return Optional.of(gtk.toLowerCase(Locale.ROOT).contains("dark"));
        }
        return run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")).map(out -> out.toLowerCase(Locale.ROOT).contains("dark"));
    }

    /** {@code 'prefer-dark'}, {@code 'prefer-light'} or {@code 'default'} (which is light). */
    static Optional<Boolean> gnome(String output) {
        String value = output.strip().replace("'", "");
        return switch (value) {
            case "prefer-dark" -> Optional.of(true);
            case "prefer-light", "default" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0}: 0 is dark. */
    static Optional<Boolean> windows(String output) {
        for (String line : output.lines().toList()) {
            if (line.contains("AppsUseLightTheme")) {
                String[] parts = line.strip().split("\\s+");
                return Optional.of(parts[parts.length - 1].equalsIgnoreCase("0x0"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream in = process.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
