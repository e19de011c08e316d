package io.hactl.logging;

import java.util.Locale;

/** Syslog facility numbers as in {@code <syslog.h>}; the priority sent is {@code facility * 8 + severity}. */
enum SyslogFacility {
    KERN(0), USER(1), MAIL(2), DAEMON(3), AUTH(4), SYSLOG(5), LPR(6), NEWS(7), UUCP(8), CRON(9), AUTHPRIV(10), FTP(11),
    LOCAL0(16), LOCAL1(17), LOCAL2(18), LOCAL3(19), LOCAL4(20), LOCAL5(21), LOCAL6(22), LOCAL7(23);

    final int code;

    SyslogFacility(int code) {
        this.code = code;
    }

    /** The facility named as ha.cf's {@code logfacility} names it ({@code local0}, {@code daemon} …). */
    static SyslogFacility named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
