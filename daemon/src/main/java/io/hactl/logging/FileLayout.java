package io.hactl.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Lines for ha.cf's {@code logfile} and {@code debugfile}, close to Heartbeat's:
 * {@code 2026/11/25_15:46:46.123 ast1 hactld[1234]: INFO: membership: node joined node=ast2}.
 */
final class FileLayout extends LayoutBase<ILoggingEvent> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd_HH:mm:ss.SSS");
    private final String node;
    private final ZoneId zone;
    private final long pid = ProcessHandle.current().pid();

    FileLayout(String node, ZoneId zone) {
        this.node = node;
        this.zone = zone;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return TIME.format(Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone)) + " " + node + " hactld[" + pid + "]: "
                + event.getLevel() + ": " + LogLine.shortLogger(event) + ": " + LogLine.of(event) + "\n";
    }
}
