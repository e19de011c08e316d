package io.hactl.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hactl.membership.AuthStats;
import io.hactl.membership.ClusterView;
import io.hactl.membership.MembershipQuery;
import io.hactl.membership.NodeStatus;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The Netty server and the JDK client over a real Unix socket, with membership answered by a fixed view. */
class ControlServerTest {
    @TempDir
    Path dir;

    static final MembershipQuery MEMBERSHIP = new MembershipQuery() {
        @Override
        public String localNode() {
            return "ast1";
        }

        @Override
        public ClusterView view() {
            return new ClusterView(3, "ast1", List.of("ast1", "ast2"), false);
        }

        @Override
        public List<NodeStatus> nodes() {
            return List.of(new NodeStatus("ast1", NodeStatus.State.LOCAL, true, Optional.empty()),
                    new NodeStatus("ast2", NodeStatus.State.LATE, true, Optional.of(Duration.ofMillis(700))),
                    new NodeStatus("ast3", NodeStatus.State.LEFT, true, Optional.of(Duration.ofSeconds(9))),
                    new NodeStatus("ast4", NodeStatus.State.UNKNOWN, true, Optional.empty()));
        }

        @Override
        public AuthStats authStats() {
            return new AuthStats(0, Map.of());
        }
    };

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(List<?> nodes, int index) {
        return (Map<String, Object>) nodes.get(index);
    }

    private ControlServer listen(Path socket) throws IOException {
        ControlCommands commands = new ControlCommands(new AccessPolicy(List.of(), EtcAccounts.system()),
                List.of(new NodesCommand(MEMBERSHIP, List.of("eth0"))));
        return ControlServer.listen(socket, commands);
    }

    private static String rawExchange(Path socket, String request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8)));
            ByteBuffer in = ByteBuffer.allocate(4096);
            StringBuilder reply = new StringBuilder();
            while (channel.read(in) >= 0) {
                in.flip();
                reply.append(StandardCharsets.UTF_8.decode(in));
                in.clear();
            }
            return reply.toString();
        }
    }

    @Test
    void answersNodesInHeartbeatsWords() throws Exception {
        Path socket = dir.resolve("run/hactld.sock");
        try (ControlServer server = listen(socket)) {
            ControlReply reply = new ControlClient(socket, Duration.ofSeconds(5)).call(ControlRequest.of("nodes"));
            assertThat(reply).isInstanceOf(ControlReply.Done.class);
            Map<String, Object> result = ((ControlReply.Done) reply).result();
            assertThat(result).containsEntry("local", "ast1").containsEntry("dc", "ast1");
            List<?> nodes = (List<?>) result.get("nodes");
            assertThat(nodes).hasSize(4);
            assertThat(node(nodes, 1)).containsEntry("name", "ast2").containsEntry("state", "late")
                    .containsEntry("status", "active").containsEntry("type", "normal")
                    .containsEntry("last_heard_ms", 700L)
                    .containsEntry("links", List.of(Map.of("name", "eth0", "status", "up")));
            assertThat(node(nodes, 2)).containsEntry("status", "dead")
                    .containsEntry("links", List.of(Map.of("name", "eth0", "status", "dead")));
            assertThat(node(nodes, 3)).containsEntry("status", "init").containsEntry("last_heard_ms", null);
            assertThat(Files.getPosixFilePermissions(socket)).hasSize(6);
        }
        assertThat(socket).as("closing removes the socket file").doesNotExist();
    }

    @Test
    void answersGarbageAndUnknownCommandsWithAReason() throws Exception {
        Path socket = dir.resolve("hactld.sock");
        try (ControlServer server = listen(socket)) {
            assertThat(rawExchange(socket, "not json\n"))
                    .startsWith("{\"v\":1,\"ok\":false,\"error\":\"bad-request\",\"message\":\"invalid JSON at offset 0");
            assertThat(rawExchange(socket, "{\"v\":7,\"command\":\"nodes\"}\n")).contains("protocol version 7 is not 1");
            assertThat(rawExchange(socket, "x".repeat(ControlProtocol.MAX_LINE + 10)))
                    .contains("\"bad-request\"", "request longer than");
            assertThat(new ControlClient(socket, Duration.ofSeconds(5)).call(ControlRequest.of("standby")))
                    .isInstanceOfSatisfying(ControlReply.Refused.class, r -> assertThat(r.failure())
                            .isEqualTo(ControlReply.Failure.UNKNOWN_COMMAND));
        }
    }

    @Test
    void replacesAStaleSocketButNeverALiveOne() throws Exception {
        Path socket = dir.resolve("hactld.sock");
        Files.writeString(socket, "left by a crashed hactld");
        try (ControlServer first = listen(socket)) {
            assertThatThrownBy(() -> listen(socket)).isInstanceOf(IOException.class)
                    .hasMessageContaining("another hactld is running");
            assertThat(new ControlClient(socket, Duration.ofSeconds(5)).call(ControlRequest.of("nodes")))
                    .isInstanceOf(ControlReply.Done.class);
        }
    }

    @Test
    @Timeout(10) // the read below blocks until the server closes: fail, never hang, if it does not
    void cutsOffASilentClient() throws Exception {
        Path socket = dir.resolve("hactld.sock");
        ControlCommands commands = new ControlCommands(new AccessPolicy(List.of(), EtcAccounts.system()), List.of());
        try (ControlServer server = ControlServer.listen(socket, commands, Duration.ofMillis(200));
             SocketChannel silent = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.connect(UnixDomainSocketAddress.of(socket));
            long start = System.nanoTime();
            assertThat(silent.read(ByteBuffer.allocate(16))).as("closed without a reply").isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void clientSaysWhenNothingListens() {
        assertThatThrownBy(() -> new ControlClient(dir.resolve("none.sock"), Duration.ofSeconds(1))
                .call(ControlRequest.of("nodes")))
                .isInstanceOf(ControlClient.Unreachable.class).hasMessageStartingWith("cannot reach hactld at ");
    }
}
