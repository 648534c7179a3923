package org.eventstorm.model.saga;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A step's timeout as the DSL writes it: {@code 5s}, {@code 500ms}, {@code 2m}, {@code 1h30m}. */
public final class Timeouts {
    private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private Timeouts() {
    }

    /** The duration written, or empty when it is not one (or is zero). */
    public static Optional<Duration> parse(String written) {
        String text = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = PART.matcher(text);
        Duration total = Duration.ZERO;
        int at = 0;
        while (at < text.length()) {
            if (!matcher.find(at) || matcher.start() != at) {
                return Optional.empty();
            }
            long amount = Long.parseLong(matcher.group(1));
            total = total.plus(switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
            at = matcher.end();
        }
        return total.isZero() ? Optional.empty() : Optional.of(total);
    }
}
