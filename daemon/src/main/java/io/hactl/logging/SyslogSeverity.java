package io.hactl.logging;

import ch.qos.logback.classic.Level;

/**
 * Syslog severities (RFC 5424 numbers, sd-daemon(3)'s {@code SD_ERR}…{@code SD_DEBUG}) for Logback levels: used
 * both for journald's {@code <N>} stderr prefixes and for syslog priorities.
 */
enum SyslogSeverity {
    ERR(3),
    WARNING(4),
    INFO(6),
    DEBUG(7);

    final int code;

    SyslogSeverity(int code) {
        this.code = code;
    }

    static SyslogSeverity of(Level level) {
        if (level.isGreaterOrEqual(Level.ERROR)) {
            return ERR;
        }
        if (level.isGreaterOrEqual(Level.WARN)) {
            return WARNING;
        }
        if (level.isGreaterOrEqual(Level.INFO)) {
            return INFO;
        }
        return DEBUG;
    }
}
