package io.hactl.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import org.slf4j.event.KeyValuePair;

/**
 * The text of one log event as operators read it: {@code message key=value …}, then the stack trace of an
 * attached exception. Shared by every sink so the journal, the files and syslog say the same thing.
 */
final class LogLine {
    private LogLine() {}

    static String of(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        if (event.getKeyValuePairs() != null) {
            for (KeyValuePair pair : event.getKeyValuePairs()) {
                text.append(' ').append(pair.key).append('=').append(quoted(String.valueOf(pair.value)));
            }
        }
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            text.append('\n').append(ThrowableProxyUtil.asString(thrown));
        }
        return text.toString();
    }

    /** Values with spaces are quoted so that a line stays parseable as key=value pairs. */
    private static String quoted(String value) {
        return value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)
                ? '"' + value.replace("\"", "\\\"") + '"'
                : value;
    }

    static String shortLogger(ILoggingEvent event) {
        String name = event.getLoggerName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
