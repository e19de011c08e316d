package io.hactl.logging;

import java.io.IOException;

/**
 * Delivers one syslog datagram to the local syslog socket ({@code /dev/log}). The JDK cannot send Unix
 * datagrams, so the implementation lives with the other Unix-socket code (the control package) and is handed
 * to {@link LogbackSetup} when the daemon starts.
 */
public interface SyslogSink extends AutoCloseable {
    void send(byte[] datagram) throws IOException;

    @Override
    void close();
}
