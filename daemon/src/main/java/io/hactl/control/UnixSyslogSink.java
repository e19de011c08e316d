package io.hactl.control;

import io.hactl.logging.SyslogSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** ha.cf's {@code logfacility}: syslog datagrams to {@code /dev/log}, where syslog daemons and journald listen. */
public final class UnixSyslogSink implements SyslogSink {
    public static final Path DEV_LOG = Path.of("/dev/log");

    private final UnixDatagramSocket socket;

    private UnixSyslogSink(UnixDatagramSocket socket) {
        this.socket = socket;
    }

    public static UnixSyslogSink open(Path socket) throws IOException {
        if (!Files.exists(socket)) {
            throw new IOException(socket + " does not exist (no syslog daemon or journald is listening)");
        }
        return new UnixSyslogSink(UnixDatagramSocket.connect(socket.toString()));
    }

    @Override
    public void send(byte[] datagram) throws IOException {
        socket.send(datagram);
    }

    /** Datagrams syslog refused (down or overloaded). */
    public long failedSends() {
        return socket.failedSends();
    }

    @Override
    public void close() {
        socket.close();
    }
}
