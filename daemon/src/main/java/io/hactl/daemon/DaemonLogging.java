package io.hactl.daemon;

import io.hactl.config.LogSettings;
import io.hactl.control.UnixSyslogSink;
import io.hactl.logging.LogbackSetup;
import io.hactl.logging.SyslogSink;
import java.io.IOException;
import java.util.Optional;

/** Applies ha.cf's logging, opening /dev/log when a syslog facility is asked for. */
final class DaemonLogging {
    private DaemonLogging() {}

    static void apply(LogSettings settings, String node) {
        Optional<SyslogSink> sink = Optional.empty();
        if (LogbackSetup.syslogFacility(settings).isPresent()) {
            try {
                sink = Optional.of(UnixSyslogSink.open(UnixSyslogSink.DEV_LOG));
            } catch (IOException e) {
                // Keep logging somewhere: stderr reaches the journal under systemd.
                System.err.println("<4>hactld: logfacility is set but syslog cannot be reached (" + e.getMessage()
                        + "); logging to stderr");
            }
        }
        LogbackSetup.apply(settings, node, sink);
    }
}
