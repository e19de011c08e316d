package io.hactl.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Heartbeat's value syntaxes: times ({@code 2}, {@code 1500ms}, {@code 0.5}) and booleans ({@code yes}, {@code off} …). */
public final class HeartbeatValues {
    private HeartbeatValues() {}

    public static final String TIME_EXPECTED = "a time such as 2 (seconds), 1.5, 1500ms or 500000us";
    static final String BOOLEAN_EXPECTED = "true/on/yes/y/1 or false/off/no/n/0";

    /**
     * A time as Heartbeat's {@code cl_get_msec} reads it: a decimal number, seconds unless suffixed by
     * {@code ms}/{@code msec} or {@code us}/{@code usec} ({@code s}/{@code sec} also accepted), any case.
     */
    public static Optional<Duration> time(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int unitAt = 0;
        while (unitAt < lower.length() && (Character.isDigit(lower.charAt(unitAt)) || lower.charAt(unitAt) == '.')) {
            unitAt++;
        }
        String number = lower.substring(0, unitAt);
        String unit = lower.substring(unitAt);
        if (number.isEmpty() || number.chars().filter(c -> c == '.').count() > 1 || number.equals(".")) {
            return Optional.empty();
        }
        long nanosPerUnit = switch (unit) {
            case "", "s", "sec" -> 1_000_000_000L;
            case "ms", "msec" -> 1_000_000L;
            case "us", "usec" -> 1_000L;
            default -> -1;
        };
        if (nanosPerUnit < 0) {
            return Optional.empty();
        }
        BigDecimal nanos = new BigDecimal(number).multiply(BigDecimal.valueOf(nanosPerUnit));
        if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(nanos.setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }

    /** A boolean as Heartbeat's {@code cl_str_to_boolean} reads it, any case. */
    public static Optional<Boolean> bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "y", "1" -> Optional.of(true);
            case "false", "off", "no", "n", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static Optional<Integer> integer(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            return value < min || value > max ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Durations printed the way admins write them in ha.cf: {@code 2s}, {@code 1500ms}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return millis + "ms";
    }
}
