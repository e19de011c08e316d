package io.hactl.control;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollDomainDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.unix.DomainSocketAddress;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A connected Unix datagram socket that only sends: what {@code /dev/log} and systemd's
 * {@code NOTIFY_SOCKET} expect, and what the JDK cannot open. Sends never wait, so a caller on any thread,
 * this socket's own included, is never blocked.
 */
final class UnixDatagramSocket implements AutoCloseable {
    private final EventLoopGroup group;
    private final Channel channel;
    private final AtomicLong failed = new AtomicLong();

    private UnixDatagramSocket(EventLoopGroup group, Channel channel) {
        this.group = group;
        this.channel = channel;
    }

    /**
     * @param address a file path, or an abstract-namespace name written with a leading {@code @} as systemd
     *                writes it in {@code NOTIFY_SOCKET}
     */
    static UnixDatagramSocket connect(String address) throws IOException {
        String target = address.startsWith("@") ? '\0' + address.substring(1) : address;
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
        try {
            Channel channel = new Bootstrap()
                    .group(group)
                    .channel(EpollDomainDatagramChannel.class)
                    .handler(new ChannelInboundHandlerAdapter())
                    .connect(new DomainSocketAddress(target))
                    .sync()
                    .channel();
            return new UnixDatagramSocket(group, channel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            group.shutdownGracefully();
            throw new IOException("interrupted while connecting to " + address, e);
        } catch (RuntimeException e) {
            group.shutdownGracefully();
            throw new IOException("cannot connect to " + address + ": " + e.getMessage(), e);
        }
    }

    void send(byte[] datagram) throws IOException {
        if (!channel.isActive()) {
            throw new IOException("socket closed");
        }
        channel.writeAndFlush(Unpooled.wrappedBuffer(datagram)).addListener((ChannelFutureListener) future -> {
            if (!future.isSuccess()) {
                failed.incrementAndGet();
            }
        });
    }

    /** Datagrams the receiver refused (not listening, or its queue full). */
    long failedSends() {
        return failed.get();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully();
    }
}
