package io.hactl.control;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * hactld's control socket: a Unix stream socket where {@code hactl} sends one request line and reads one reply
 * line ({@link ControlProtocol}). The socket file is mode 0666 on purpose: who may do what is decided from the
 * caller's kernel credentials (SO_PEERCRED) by {@link AccessPolicy}, so a refused user is told why instead of
 * getting a bare EACCES. The directory around it (/run/hactl, systemd's RuntimeDirectory) must be searchable.
 *
 * <p>Threads: one Netty event loop reads and writes; commands run one at a time on a worker thread of their own,
 * so a slow command never stalls the socket.
 */
public final class ControlServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ControlServer.class);

    /** hactl sends its request at once; a client silent this long is stuck or hostile. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final Path path;
    private final EventLoopGroup group;
    private final ExecutorService worker;
    private final Channel channel;

    private ControlServer(Path path, EventLoopGroup group, ExecutorService worker, Channel channel) {
        this.path = path;
        this.group = group;
        this.worker = worker;
        this.channel = channel;
    }

    /**
     * Listens on {@code path}, replacing a stale socket file left by a crashed hactld.
     *
     * @throws IOException when another hactld answers on that path, or the socket cannot be created
     */
    public static ControlServer listen(Path path, ControlCommands commands) throws IOException {
        return listen(path, commands, REQUEST_TIMEOUT);
    }

    /** As {@link #listen(Path, ControlCommands)}, cutting off clients silent for {@code requestTimeout}. */
    public static ControlServer listen(Path path, ControlCommands commands, Duration requestTimeout)
            throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent()); // systemd makes /run/hactl; a hand-started hactld may not have it
        }
        removeStale(path);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hactl-control");
            t.setDaemon(true);
            return t;
        });
        try {
            Channel channel = new ServerBootstrap()
                    .group(group)
                    .channel(EpollServerDomainSocketChannel.class)
                    .childHandler(new ChannelInitializer<EpollDomainSocketChannel>() {
                        @Override
                        protected void initChannel(EpollDomainSocketChannel ch) {
                            ch.pipeline().addLast(new ControlConnection(commands, worker, requestTimeout));
                        }
                    })
                    .bind(new DomainSocketAddress(path.toString()))
                    .sync()
                    .channel();
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-rw-rw-"));
            log.atInfo().setMessage("control socket listening").addKeyValue("socket", path).log();
            return new ControlServer(path, group, worker, channel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdown(group, worker);
            throw new IOException("interrupted while opening " + path, e);
        } catch (RuntimeException | IOException e) {
            shutdown(group, worker);
            throw new IOException("cannot listen on " + path + ": " + e.getMessage(), e);
        }
    }

    private static void removeStale(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (answers(path)) {
            throw new IOException(path + " is in use: another hactld is running with this control socket");
        }
        // Nobody listens: a crashed hactld's socket file. Replace it.
        Files.delete(path);
    }

    private static boolean answers(Path path) {
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return probe.connect(UnixDomainSocketAddress.of(path));
        } catch (IOException e) {
            return false;
        }
    }

    public Path path() {
        return path;
    }

    private static void shutdown(EventLoopGroup group, ExecutorService worker) {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        worker.shutdownNow();
    }

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** Idempotent: closing twice (a test that stops hactld, then cleans up) must not touch the stopped loop. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        channel.close().syncUninterruptibly();
        shutdown(group, worker);
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.atWarn().log("cannot remove control socket " + path + ": " + e.getMessage());
        }
    }
}
