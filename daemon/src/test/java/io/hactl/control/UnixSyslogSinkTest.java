package io.hactl.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.config.LogSettings;
import io.hactl.logging.LogbackSetup;
import io.hactl.testing.TestTiming;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.EpollDomainDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.unix.DomainDatagramPacket;
import io.netty.channel.unix.DomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** ha.cf's logfacility: lines reach a real Unix datagram socket, as /dev/log is, with syslog priorities. */
class UnixSyslogSinkTest {
    private final TestTiming timing = TestTiming.fromSystemProperties();
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        LogbackSetup.applyDefaults();
        group.shutdownGracefully();
    }

    @Test
    void sendsBsdSyslogLinesWithTheConfiguredFacility() throws Exception {
        Path devLog = dir.resolve("dev-log");
        List<String> received = new CopyOnWriteArrayList<>();
        Channel server = new Bootstrap().group(group).channel(EpollDomainDatagramChannel.class)
                .handler(new SimpleChannelInboundHandler<DomainDatagramPacket>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, DomainDatagramPacket packet) {
                        received.add(packet.content().toString(StandardCharsets.UTF_8));
                    }
                })
                .bind(new DomainSocketAddress(devLog.toFile())).sync().channel();
        try {
            LogbackSetup.apply(new LogSettings(Optional.empty(), Optional.empty(), Optional.of("local0"), 0, false),
                    "ast1", Optional.of(UnixSyslogSink.open(devLog)));

            LoggerFactory.getLogger("io.hactl.controller.Transition").atWarn().addKeyValue("resource", "failover-ip")
                    .log("monitor failed");
            LoggerFactory.getLogger("io.hactl.controller.Transition").info("group started");

            await().atMost(timing.seconds(5)).until(() -> received.size() == 2);
            assertThat(received.get(0)).matches("<132>\\w{3} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} hactld\\[\\d+\\]: "
                    + "Transition: monitor failed resource=failover-ip");
            assertThat(received.get(1)).startsWith("<134>").endsWith("Transition: group started");
        } finally {
            server.close().sync();
        }
    }

    @Test
    void refusesToOpenAMissingSocketWithTheReason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UnixSyslogSink.open(dir.resolve("none")))
                .hasMessageContaining("does not exist (no syslog daemon or journald is listening)");
    }
}
