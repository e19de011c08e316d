package io.hactl.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as crm_mon prints them ({@code Wed Dec 31 23:59:40 2025}), always in UTC: crm_mon uses the local zone,
 * but golden files and two admins in different zones must see the same text.
 */
final class StatusTimes {
    private static final DateTimeFormatter CRM_MON =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    private StatusTimes() {}

    static String format(Instant instant) {
        return CRM_MON.format(instant);
    }
}
