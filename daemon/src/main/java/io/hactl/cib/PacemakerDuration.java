package io.hactl.cib;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time values as Pacemaker reads them: a bare number is seconds; suffixes ms/msec, s/sec, m/min, h/hr; ISO 8601
 * ({@code PT10S}) too. Used for op intervals and timeouts, failure-timeout and cluster-recheck-interval, and
 * for the times in agents' meta-data (Pacemaker's {@code crm_get_msec}).
 */
public final class PacemakerDuration {
    private static final Pattern SIMPLE = Pattern.compile("\\s*([0-9]+)\\s*(ms|msec|us|usec|s|sec|m|min|h|hr)?\\s*");

    private PacemakerDuration() {}

    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SIMPLE.matcher(text.toLowerCase(Locale.ROOT));
        if (m.matches()) {
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
        try {
            return Optional.of(Duration.parse(text.trim().toUpperCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code 20s}, {@code 1500ms}: the shortest exact way to write it back. */
    public static String format(Duration duration) {
        long ms = duration.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
