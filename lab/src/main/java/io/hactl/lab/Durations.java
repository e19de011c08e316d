package io.hactl.lab;

import java.time.Duration;

/** Reads the durations the lab's command lines take: {@code 10ms}, {@code 2s}, {@code 5m}. */
final class Durations {
    private Durations() {}

    static Duration parse(String text) {
        String t = text.strip();
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        }
        throw new IllegalArgumentException("not a duration (10ms, 2s, 5m): " + text);
    }

    /** The form {@link #parse} reads back, in milliseconds. */
    static String format(Duration d) {
        return d.toMillis() + "ms";
    }
}
