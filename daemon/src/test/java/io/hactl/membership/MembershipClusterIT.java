package io.hactl.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.testing.TestTiming;
import java.time.Duration;
import java.util.List;
import org.jgroups.protocols.DISCARD;
import org.jgroups.protocols.TP;
import org.jgroups.stack.ProtocolStack;
import org.junit.jupiter.api.Test;

/** Three nodes in one JVM over UDP on 127.0.0.1, with the fast loopback profile. */
class MembershipClusterIT {

    private final TestTiming timing = TestTiming.fromSystemProperties();
    private final FailureDetectorSettings fd = FailureDetectorSettings.loopbackTests();

    private static boolean has(List<NodeEvent> events, Class<? extends NodeEvent> type, String node) {
        return events.stream().anyMatch(e -> type.isInstance(e) && e.node().equals(node));
    }

    @Test
    void nodesJoinThenCleanLeaveIsLeftAndCrashIsDead() throws Exception {
        try (TestNodes nodes = new TestNodes(3)) {
            Membership ast1 = nodes.start("ast1");
            Membership ast2 = nodes.start("ast2");
            Membership ast3 = nodes.start("ast3");
            await().atMost(timing.seconds(10)).until(() -> ast1.view().members().size() == 3
                    && ast3.view().members().size() == 3);
            assertThat(ast1.view().dc()).isEqualTo("ast1");
            assertThat(ast1.isDc()).isTrue();
            assertThat(nodes.events("ast1")).anyMatch(e -> e instanceof NodeEvent.Joined j && j.node().equals("ast3")
                    && j.view().contains("ast3"));
            await().atMost(timing.seconds(3)).until(() -> ast1.nodes().stream()
                    .filter(n -> n.node().equals("ast2")).allMatch(n -> n.state() == NodeStatus.State.ACTIVE
                            && n.lastHeard().orElseThrow().compareTo(fd.warntime()) < 0));

            ast3.leave();
            await().atMost(timing.seconds(5)).until(() -> has(nodes.events("ast1"), NodeEvent.Left.class, "ast3")
                    && has(nodes.events("ast2"), NodeEvent.Left.class, "ast3"));
            assertThat(nodes.events("ast1")).noneMatch(e -> e instanceof NodeEvent.Dead && e.node().equals("ast3"));

            long crashedAt = System.nanoTime();
            ast2.crashForTests();
            await().atMost(timing.seconds(5)).until(() -> has(nodes.events("ast1"), NodeEvent.Dead.class, "ast2"));
            Duration detection = Duration.ofNanos(System.nanoTime() - crashedAt);
            assertThat(detection).as("a crashed process's FD_SOCK2 socket closes: detected well before deadtime %s",
                    fd.deadtime()).isLessThan(timing.of(fd.deadtime()));
            assertThat(ast1.nodes()).filteredOn(n -> n.node().equals("ast2"))
                    .extracting(NodeStatus::state).containsExactly(NodeStatus.State.DEAD);
        }
    }

    @Test
    void silentNodeIsLateThenDeadWithinDeadtime() throws Exception {
        try (TestNodes nodes = new TestNodes(2)) {
            Membership ast1 = nodes.start("ast1");
            Membership ast2 = nodes.start("ast2");
            await().atMost(timing.seconds(10)).until(() -> ast1.view().members().size() == 2);

            // ast2 hangs: its sockets stay open (FD_SOCK2 sees nothing) but nothing leaves or enters it.
            DISCARD discard = new DISCARD().discardAll(true);
            ast2.channel().getProtocolStack().insertProtocol(discard, ProtocolStack.Position.ABOVE, TP.class);
            long silentFrom = System.nanoTime();

            await().atMost(timing.seconds(5)).until(() -> has(nodes.events("ast1"), NodeEvent.Dead.class, "ast2"));
            Duration detection = Duration.ofNanos(System.nanoTime() - silentFrom);
            assertThat(nodes.events("ast1")).filteredOn(e -> e instanceof NodeEvent.Late)
                    .as("one late-heartbeat warning per episode").hasSize(1);
            NodeEvent.Dead dead = (NodeEvent.Dead) nodes.events("ast1").stream()
                    .filter(e -> e instanceof NodeEvent.Dead && e.node().equals("ast2")).findFirst().orElseThrow();
            assertThat(dead.lastHeard()).isPresent();
            assertThat(dead.view().members()).containsExactly("ast1");
            assertThat(detection).as("declared dead within deadtime %s (+ scheduling slack)", fd.deadtime())
                    .isLessThan(timing.of(fd.deadtime().plusMillis(300)));
        }
    }

    @Test
    void wrongSecretNeverJoinsAndIsCounted() throws Exception {
        try (TestNodes nodes = new TestNodes(2)) {
            Membership ast1 = nodes.start("ast1");
            Membership intruder = nodes.start("ast2", TestNodes.keys("wrong"), fd);
            await().atMost(timing.seconds(5)).until(() -> ast1.authStats().rejected(Rejection.BAD_AUTHENTICATOR) > 0);
            assertThat(ast1.view().members()).containsExactly("ast1");
            assertThat(intruder.view().members()).containsExactly("ast2");
            assertThat(nodes.events("ast1")).noneMatch(e -> e instanceof NodeEvent.Joined);
        }
    }

    /** Sits below the authkeys layer and keeps a copy of every datagram received, as a sniffer would. */
    static final class Tap extends org.jgroups.stack.Protocol {
        final java.util.List<org.jgroups.Message> captured = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public Object up(org.jgroups.Message msg) {
            captured.add(msg.copy(true, true));
            return up_prot.up(msg);
        }

        @Override
        public void up(org.jgroups.util.MessageBatch batch) {
            batch.forEach(m -> captured.add(m.copy(true, true)));
            up_prot.up(batch);
        }
    }

    private static void sendRaw(Membership to, byte[] datagram) throws Exception {
        org.jgroups.stack.IpAddress target = (org.jgroups.stack.IpAddress) to.channel().down(
                new org.jgroups.Event(org.jgroups.Event.GET_PHYSICAL_ADDRESS, to.channel().getAddress()));
        try (java.net.DatagramSocket socket = new java.net.DatagramSocket()) {
            socket.send(new java.net.DatagramPacket(datagram, datagram.length, target.getIpAddress(), target.getPort()));
        }
    }

    private static byte[] onTheWire(org.jgroups.Message msg) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            org.jgroups.util.Util.writeMessage(msg, out, msg.getDest() == null);
        }
        return bytes.toByteArray();
    }

    @Test
    void replayedAndCorruptedDatagramsOnTheWireAreDroppedAndTheNodeCarriesOn() throws Exception {
        try (TestNodes nodes = new TestNodes(2)) {
            Membership ast1 = nodes.start("ast1");
            Membership ast2 = nodes.start("ast2");
            await().atMost(timing.seconds(10)).until(() -> ast2.view().members().size() == 2);
            Tap tap = new Tap();
            ast2.channel().getProtocolStack().insertProtocol(tap, ProtocolStack.Position.ABOVE, TP.class);
            await().atMost(timing.seconds(2)).until(() -> !tap.captured.isEmpty());
            assertThat(ast2.channel().getProtocolStack().getTransport().getDiagnosticsHandler().isEnabled())
                    .as("JGroups' diagnostics responder answers anyone; it must be off").isFalse();

            for (org.jgroups.Message captured : tap.captured.subList(0, Math.min(5, tap.captured.size()))) {
                sendRaw(ast2, onTheWire(captured));
            }
            await().atMost(timing.seconds(2)).until(() -> ast2.authStats().rejected(Rejection.REPLAYED) >= 1);

            java.util.Random random = new java.util.Random(7);
            byte[] good = onTheWire(tap.captured.get(0));
            for (int i = 0; i < 200; i++) {
                byte[] corrupted = good.clone();
                corrupted[random.nextInt(corrupted.length)] ^= (byte) (1 + random.nextInt(255));
                sendRaw(ast2, corrupted);
                byte[] junk = new byte[random.nextInt(300)];
                random.nextBytes(junk);
                sendRaw(ast2, junk);
                if (i % 10 == 9) {
                    // Paced, so that a busy machine's small socket buffer does not drop the burst before hactl sees it.
                    java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
                }
            }
            await().atMost(timing.seconds(2)).until(() -> ast2.authStats().totalRejected() > 20);
            System.err.println("after 400 bad datagrams: " + ast2.authStats());
            assertThat(ast2.view().members()).as("the cluster carries on").containsExactlyInAnyOrder("ast1", "ast2");
            assertThat(nodes.events("ast1")).noneMatch(e -> e instanceof NodeEvent.Dead && e.node().equals("ast2"));
            assertThat(nodes.events("ast2")).noneMatch(e -> e instanceof NodeEvent.Dead && e.node().equals("ast1"));
        }
    }

    @Test
    void healedPartitionMergesIntoOneView() throws Exception {
        try (TestNodes nodes = new TestNodes(2)) {
            Membership ast1 = nodes.start("ast1");
            Membership ast2 = nodes.start("ast2");
            await().atMost(timing.seconds(10)).until(() -> ast1.view().members().size() == 2);
            DISCARD cut1 = new DISCARD().discardAll(true);
            DISCARD cut2 = new DISCARD().discardAll(true);
            ast1.channel().getProtocolStack().insertProtocol(cut1, ProtocolStack.Position.ABOVE, TP.class);
            ast2.channel().getProtocolStack().insertProtocol(cut2, ProtocolStack.Position.ABOVE, TP.class);
            await().atMost(timing.seconds(5)).until(() -> ast1.view().members().size() == 1
                    && ast2.view().members().size() == 1);

            cut1.discardAll(false);
            cut2.discardAll(false);

            await().atMost(timing.of(fd.mergeCheckInterval().multipliedBy(3))).until(() ->
                    ast1.view().members().size() == 2 && ast2.view().members().size() == 2);
            assertThat(ast1.view().merged() || ast2.view().merged()).as("the joined view is a merge").isTrue();
            assertThat(ast1.view().dc()).isEqualTo(ast2.view().dc());
            assertThat(nodes.events("ast1")).filteredOn(e -> e instanceof NodeEvent.Joined).hasSize(2);
        }
    }
}
