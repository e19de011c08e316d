package io.hactl.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where hactld logs, from ha.cf's {@code logfile}, {@code debugfile}, {@code logfacility}, {@code debug}
 * and {@code use_logd}.
 *
 * @param logfile        every INFO and higher message is appended here
 * @param debugfile      every message, DEBUG included when {@code debugLevel > 0}, is appended here
 * @param syslogFacility syslog facility name ({@code local0}, {@code daemon} …); empty for none
 * @param debugLevel     Heartbeat's 0–255 debug level: 0 is INFO, 1 and more is DEBUG, 2 and more adds JGroups' own DEBUG
 * @param useLogd        {@code use_logd yes}: with no files or facility, log to syslog as Heartbeat's logd would
 */
public record LogSettings(
        Optional<Path> logfile,
        Optional<Path> debugfile,
        Optional<String> syslogFacility,
        int debugLevel,
        boolean useLogd) {

    public static LogSettings defaults() {
        return new LogSettings(Optional.empty(), Optional.empty(), Optional.empty(), 0, false);
    }

    /** Nothing configured: log to stderr, which systemd hands to journald. */
    public boolean isDefault() {
        return logfile.isEmpty() && debugfile.isEmpty() && syslogFacility.isEmpty() && !useLogd;
    }
}
