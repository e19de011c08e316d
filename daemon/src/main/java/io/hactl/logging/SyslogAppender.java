package io.hactl.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Sends each event to the local syslog socket in the BSD format every syslog daemon and journald read:
 * {@code <134>Nov 25 15:46:46 hactld[1234]: membership: node joined node=ast2} (134 = local0 × 8 + info).
 */
final class SyslogAppender extends AppenderBase<ILoggingEvent> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT);
    private final SyslogSink sink;
    private final SyslogFacility facility;
    private final ZoneId zone;
    private final long pid = ProcessHandle.current().pid();
    private boolean failureReported;

    SyslogAppender(SyslogSink sink, SyslogFacility facility, ZoneId zone) {
        this.sink = sink;
        this.facility = facility;
        this.zone = zone;
    }

    @Override
    protected void append(ILoggingEvent event) {
        int priority = facility.code * 8 + SyslogSeverity.of(event.getLevel()).code;
        String line = "<" + priority + ">" + TIME.format(Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone))
                + " hactld[" + pid + "]: " + LogLine.shortLogger(event) + ": " + LogLine.of(event);
        try {
            sink.send(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Logging must never stop the daemon; say once, on stderr, that syslog is not receiving.
            if (!failureReported) {
                failureReported = true;
                System.err.println("<4>logging: cannot write to syslog: " + e.getMessage());
            }
        }
    }

    @Override
    public void stop() {
        super.stop();
        sink.close();
    }
}
