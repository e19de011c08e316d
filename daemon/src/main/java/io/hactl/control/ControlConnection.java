package io.hactl.control;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.unix.PeerCredentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: reads one request line, answers it, closes. The line is framed here rather than with
 * netty-codec's LineBasedFrameDecoder, which would be a dependency for ten lines. Called on the Netty event loop;
 * the command itself runs on the control worker.
 */
final class ControlConnection extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(ControlConnection.class);

    private final ControlCommands commands;
    private final Executor worker;
    private final Duration requestTimeout;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean answered;

    /** @param requestTimeout a client that sends no full request within this is cut off, so idle ones cannot pile up */
    ControlConnection(ControlCommands commands, Executor worker, Duration requestTimeout) {
        this.commands = commands;
        this.worker = worker;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.executor().schedule(() -> {
            if (!answered) {
                ctx.close();
            }
        }, requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf bytes = (ByteBuf) msg;
        try {
            while (bytes.isReadable() && !answered) {
                byte b = bytes.readByte();
                if (b == '\n') {
                    answered = true;
                    answer(ctx, line.toString(StandardCharsets.UTF_8));
                } else if (line.size() >= ControlProtocol.MAX_LINE) {
                    answered = true;
                    reply(ctx, new ControlReply.Refused(ControlReply.Failure.BAD_REQUEST,
                            "request longer than " + ControlProtocol.MAX_LINE + " bytes"));
                } else {
                    line.write(b);
                }
            }
        } finally {
            bytes.release();
        }
    }

    private void answer(ChannelHandlerContext ctx, String text) {
        ControlRequest request;
        try {
            request = ControlProtocol.decodeRequest(text);
        } catch (IllegalArgumentException e) {
            reply(ctx, new ControlReply.Refused(ControlReply.Failure.BAD_REQUEST, e.getMessage()));
            return;
        }
        Caller caller;
        try {
            PeerCredentials credentials = ((EpollDomainSocketChannel) ctx.channel()).peerCredentials();
            int[] gids = credentials.gids();
            caller = new Caller(credentials.uid(), gids.length > 0 ? gids[0] : -1, credentials.pid());
        } catch (IOException e) {
            reply(ctx, new ControlReply.Refused(ControlReply.Failure.DENIED,
                    "cannot read the caller's credentials: " + e.getMessage()));
            return;
        }
        try {
            worker.execute(() -> reply(ctx, commands.dispatch(request, caller)));
        } catch (RejectedExecutionException e) {
            reply(ctx, new ControlReply.Refused(ControlReply.Failure.FAILED, "hactld is stopping"));
        }
    }

    private static void reply(ChannelHandlerContext ctx, ControlReply reply) {
        byte[] bytes = (ControlProtocol.encode(reply) + "\n").getBytes(StandardCharsets.UTF_8);
        ctx.writeAndFlush(Unpooled.wrappedBuffer(bytes)).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.atDebug().log("control connection failed: " + cause);
        ctx.close();
    }
}
