package io.hactl.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.LayoutBase;

/**
 * stderr lines for journald: {@code <6>membership: node joined node=ast2}. journald turns the {@code <N>} prefix
 * into the entry's priority (sd-daemon(3)) and adds its own timestamp, so the line carries none.
 */
final class JournalLayout extends LayoutBase<ILoggingEvent> {
    @Override
    public String doLayout(ILoggingEvent event) {
        String prefix = "<" + SyslogSeverity.of(event.getLevel()).code + ">";
        String body = LogLine.shortLogger(event) + ": " + LogLine.of(event);
        // Every line of a stack trace gets the prefix, or journald would log the rest at the default level.
        return prefix + body.replace("\n", "\n" + prefix) + "\n";
    }
}
