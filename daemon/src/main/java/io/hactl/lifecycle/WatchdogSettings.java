package io.hactl.lifecycle;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * systemd's watchdog as it hands it to a service: {@code WATCHDOG_USEC} (from {@code WatchdogSec=}) and
 * {@code WATCHDOG_PID}. The daemon pings at half the interval, as sd_watchdog_enabled(3) advises, so one late
 * ping never gets it killed.
 */
public record WatchdogSettings(Duration timeout) {

    public Duration pingInterval() {
        return timeout.dividedBy(2);
    }

    /** The watchdog systemd asks this process to ping, if any. */
    public static Optional<WatchdogSettings> fromEnvironment(Map<String, String> environment, long pid) {
        String usec = environment.get("WATCHDOG_USEC");
        String forPid = environment.get("WATCHDOG_PID");
        if (usec == null || (forPid != null && !forPid.equals(Long.toString(pid)))) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(usec);
            return micros > 0 ? Optional.of(new WatchdogSettings(Duration.ofNanos(micros * 1000))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
