package io.hactl.cib;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date-times as Pacemaker writes them in rules ({@code crm_time_as_string}): {@code 2026-11-25 18:00:00Z} or
 * {@code 2018-12-12 14:05:37 -05:00}; the ISO 8601 forms with {@code T} ({@code 2026-11-25T18:00:00+01:00}) read
 * too. A date-time without a zone is refused: Pacemaker would read it in each node's local time, so two nodes in
 * different zones would disagree about when a move ends.
 */
public final class PacemakerDate {
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?\\s*");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private PacemakerDate() {}

    /** The instant, or empty when the text is not a date-time with a zone. */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches() || m.group(7) == null) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), number(m.group(4)), number(m.group(5)), number(m.group(6)));
            return Optional.of(local.toInstant(offset(m.group(7))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** As {@code crm_resource} writes a lifetime's end in UTC: {@code 2026-11-25 18:00:00Z}. */
    public static String format(Instant instant) {
        return WRITTEN.format(instant);
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
