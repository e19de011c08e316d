package io.hactl.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts dropped datagrams and tells the admin without flooding the log: the first drop of each reason is
 * logged at once, then at most one summary line per reason every {@code interval} with how many were dropped
 * since the previous line. A forged-packet flood therefore costs a counter increment, not a log line each.
 */
final class RejectionLog {
    private static final Logger log = LoggerFactory.getLogger(RejectionLog.class);

    private final Clock clock;
    private final Duration interval;
    private final AtomicLong accepted = new AtomicLong();
    private final Map<Rejection, AtomicLong> totals = new EnumMap<>(Rejection.class);
    private final Map<Rejection, Long> reportedTotals = new EnumMap<>(Rejection.class);
    private final Map<Rejection, Instant> lastReport = new EnumMap<>(Rejection.class);

    RejectionLog(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
        for (Rejection r : Rejection.values()) {
            totals.put(r, new AtomicLong());
            reportedTotals.put(r, 0L);
        }
    }

    void accepted() {
        accepted.incrementAndGet();
    }

    void rejected(Rejection reason, Object from, String detail) {
        long total = totals.get(reason).incrementAndGet();
        Instant now = clock.instant();
        long since;
        synchronized (this) {
            Instant last = lastReport.get(reason);
            if (last != null && Duration.between(last, now).compareTo(interval) < 0) {
                return;
            }
            lastReport.put(reason, now);
            since = total - reportedTotals.put(reason, total);
        }
        log.atWarn().setMessage("dropped cluster datagram")
                .addKeyValue("reason", reason.words())
                .addKeyValue("from", from)
                .addKeyValue("detail", detail)
                .addKeyValue("dropped_since_last_report", since)
                .addKeyValue("dropped_total", total)
                .log();
    }

    AuthStats snapshot() {
        Map<Rejection, Long> counts = new EnumMap<>(Rejection.class);
        totals.forEach((r, n) -> counts.put(r, n.get()));
        return new AuthStats(accepted.get(), counts);
    }
}
