package io.hactl.executor;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as agents' meta-data and the CIB write them: {@code 20}, {@code 20s}, {@code 100ms}, {@code 2m},
 * {@code 2min}, {@code 1h}; a bare number is seconds (Pacemaker's {@code crm_get_msec}).
 */
public final class OcfDuration {
    private static final Pattern TIME = Pattern.compile("\\s*([0-9]+)\\s*(ms|msec|us|usec|s|sec|m|min|h|hr)?\\s*");

    private OcfDuration() {}

    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return Optional.of(switch (unit) {
            case "ms", "msec" -> Duration.ofMillis(n);
            case "us", "usec" -> Duration.ofNanos(n * 1000);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h", "hr" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        });
    }

    /** {@code 20s}, {@code 1500ms}: the shortest exact way to write it back. */
    public static String format(Duration duration) {
        long ms = duration.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
