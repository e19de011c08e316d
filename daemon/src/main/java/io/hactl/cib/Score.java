package io.hactl.cib;

import java.util.OptionalInt;

/**
 * Pacemaker's score arithmetic: INFINITY is 1,000,000 and sums saturate there. As in Pacemaker's
 * {@code pcmk__add_scores}, -INFINITY wins over everything (a ban cannot be outvoted, not even by +INFINITY),
 * then +INFINITY wins over any finite score.
 */
public final class Score {
    public static final int INFINITY = 1_000_000;

    private Score() {}

    public static int add(int a, int b) {
        if (a <= -INFINITY || b <= -INFINITY) {
            return -INFINITY;
        }
        if (a >= INFINITY || b >= INFINITY) {
            return INFINITY;
        }
        long sum = (long) a + b;
        return (int) Math.max(-INFINITY, Math.min(INFINITY, sum));
    }

    /** Parses a score as Pacemaker writes it: an integer, {@code INFINITY}, {@code +INFINITY} or {@code -INFINITY}. */
    public static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String t = text.trim();
        switch (t.toUpperCase(java.util.Locale.ROOT)) {
            case "INFINITY", "+INFINITY":
                return OptionalInt.of(INFINITY);
            case "-INFINITY":
                return OptionalInt.of(-INFINITY);
            default:
                break;
        }
        try {
            long value = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
            return OptionalInt.of((int) Math.max(-INFINITY, Math.min(INFINITY, value)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    public static String format(int score) {
        if (score >= INFINITY) {
            return "INFINITY";
        }
        if (score <= -INFINITY) {
            return "-INFINITY";
        }
        return Integer.toString(score);
    }
}
