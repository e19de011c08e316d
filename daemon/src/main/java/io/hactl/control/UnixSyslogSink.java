package io.hactl.control;

import io.hactl.logging.SyslogSink;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollDomainDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.unix.DomainDatagramPacket;
import io.netty.channel.unix.DomainSocketAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends syslog datagrams to a Unix datagram socket ({@code /dev/log}), which the JDK cannot do. Sends never
 * wait: a log call must not block the daemon, even when called from this sink's own event-loop thread.
 */
public final class UnixSyslogSink implements SyslogSink {
    /** The socket syslog daemons and journald listen on. */
    public static final Path DEV_LOG = Path.of("/dev/log");

    private final EventLoopGroup group;
    private final Channel channel;
    private final DomainSocketAddress target;
    private final AtomicLong failed = new AtomicLong();

    private UnixSyslogSink(EventLoopGroup group, Channel channel, DomainSocketAddress target) {
        this.group = group;
        this.channel = channel;
        this.target = target;
    }

    public static UnixSyslogSink open(Path socket) throws IOException {
        if (!Files.exists(socket)) {
            throw new IOException(socket + " does not exist (no syslog daemon or journald is listening)");
        }
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
        try {
            Channel channel = new Bootstrap()
                    .group(group)
                    .channel(EpollDomainDatagramChannel.class)
                    .handler(new ChannelInboundHandlerAdapter())
                    .connect(new DomainSocketAddress(socket.toFile()))
                    .sync()
                    .channel();
            return new UnixSyslogSink(group, channel, new DomainSocketAddress(socket.toFile()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            group.shutdownGracefully();
            throw new IOException("interrupted while opening " + socket, e);
        }
    }

    @Override
    public void send(byte[] datagram) throws IOException {
        if (!channel.isActive()) {
            throw new IOException("syslog socket closed");
        }
        channel.writeAndFlush(new DomainDatagramPacket(Unpooled.wrappedBuffer(datagram), target))
                .addListener((ChannelFutureListener) future -> {
                    if (!future.isSuccess()) {
                        failed.incrementAndGet();
                    }
                });
    }

    /** Datagrams the socket refused (syslog down or overloaded). */
    public long failedSends() {
        return failed.get();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully();
    }
}
