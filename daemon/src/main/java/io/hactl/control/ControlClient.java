package io.hactl.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code hactl} side of the control socket. Plain JDK Unix sockets: a client needs no peer credentials, and
 * {@code hactl} stays free of an event loop.
 */
public final class ControlClient {
    private final Path socket;
    private final Duration timeout;

    /** @param timeout how long one request may take in all, like cl_status's 5 s alarm */
    public ControlClient(Path socket, Duration timeout) {
        this.socket = socket;
        this.timeout = timeout;
    }

    public Path socket() {
        return socket;
    }

    /** The daemon could not be reached: not running, or the socket is not where we looked. */
    public static final class Unreachable extends IOException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The daemon took longer than the timeout to answer. */
    public static final class TimedOut extends IOException {
        public TimedOut(String message) {
            super(message);
        }
    }

    /**
     * @throws Unreachable when nothing listens on the socket
     * @throws TimedOut    when the answer takes too long
     * @throws IOException when the connection breaks or the answer cannot be read
     */
    public ControlReply call(ControlRequest request) throws IOException {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            throw new Unreachable("cannot reach hactld at " + socket + ": " + e.getMessage(), e);
        }
        ScheduledExecutorService alarm = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hactl-timeout");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean expired = new AtomicBoolean();
        // Closing the channel wakes a blocked read: the JDK's channels have no read timeout of their own.
        alarm.schedule(() -> {
            expired.set(true);
            try {
                channel.close();
            } catch (IOException ignored) {
                // already closed
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (channel) {
            channel.write(ByteBuffer.wrap((ControlProtocol.encode(request) + "\n").getBytes(StandardCharsets.UTF_8)));
            String line = readLine(channel);
            try {
                return ControlProtocol.decodeReply(line);
            } catch (IllegalArgumentException e) {
                throw new IOException("unreadable answer from hactld at " + socket + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            if (expired.get()) {
                throw new TimedOut("hactld at " + socket + " did not answer within " + timeout.toMillis() + " ms");
            }
            throw e;
        } finally {
            alarm.shutdownNow();
        }
    }

    private String readLine(SocketChannel channel) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        while (true) {
            buffer.clear();
            int n = channel.read(buffer);
            if (n < 0) {
                throw new IOException("hactld at " + socket + " closed the connection without answering");
            }
            for (int i = 0; i < n; i++) {
                byte b = buffer.get(i);
                if (b == '\n') {
                    return line.toString(StandardCharsets.UTF_8);
                }
                line.write(b);
            }
        }
    }
}
