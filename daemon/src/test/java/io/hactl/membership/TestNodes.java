package io.hactl.membership;

import io.hactl.config.AuthKey;
import io.hactl.config.AuthKeys;
import io.hactl.config.AuthMethod;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Several membership nodes in this JVM, on UDP over 127.0.0.1 (ucast medium, TCPPING-style discovery), each with
 * its own recorded events. Closes every node it started.
 */
public final class TestNodes implements AutoCloseable {

    public static final Set<String> LISTED = Set.of("ast1", "ast2", "ast3");

    final int basePort;
    final int portRange;
    final List<Membership> started = new ArrayList<>();
    final Map<String, List<NodeEvent>> events = new java.util.concurrent.ConcurrentHashMap<>();

    public TestNodes(int nodes) {
        this.portRange = nodes + 2;
        this.basePort = freePortBlock(portRange);
    }

    public static AuthKeys keys(String secret) {
        return AuthKeys.of(Path.of("authkeys"), 1, Map.of(1, new AuthKey(1, AuthMethod.SHA256, secret, 2)));
    }

    /**
     * Every node's possible port is a peer, as ha.cf's ucast lines list every peer: TCPPING does not expand a port
     * range over hosts given as addresses, so a node restarted on the first port would otherwise ask nobody and
     * form a view of its own until MERGE3 heals it.
     */
    public Transport.Unicast transport() {
        InetAddress lo = InetAddress.getLoopbackAddress();
        List<InetSocketAddress> peers = new ArrayList<>();
        for (int port = basePort; port < basePort + portRange; port++) {
            peers.add(new InetSocketAddress(lo, port));
        }
        return new Transport.Unicast(lo, basePort, peers, portRange);
    }

    Membership start(String node) throws Exception {
        return start(node, keys("s3cret"), FailureDetectorSettings.loopbackTests());
    }

    Membership start(String node, AuthKeys keys, FailureDetectorSettings timing) throws Exception {
        return start(node, keys, timing, java.util.Optional.empty());
    }

    Membership start(String node, AuthKeys keys, FailureDetectorSettings timing,
            java.util.Optional<io.hactl.config.Compression> compression) throws Exception {
        Membership m = new Membership(new Membership.Settings(node, LISTED, false, transport(), timing, keys,
                System.currentTimeMillis(), compression), Clock.systemUTC(), System::nanoTime);
        List<NodeEvent> log = new CopyOnWriteArrayList<>();
        events.put(node, log);
        m.addListener(log::add);
        started.add(m);
        m.start();
        return m;
    }

    List<NodeEvent> events(String node) {
        return events.get(node);
    }

    @Override
    public void close() {
        for (Membership m : started) {
            try {
                m.leave();
            } catch (RuntimeException e) {
                // already crashed or closed by the test
            }
        }
    }

    /**
     * A block of ports free for UDP (transport) and TCP at +100 (FD_SOCK2), chosen at random so parallel builds on
     * this machine do not collide.
     */
    static int freePortBlock(int size) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            if (free(base, size)) {
                return base;
            }
        }
        throw new IllegalStateException("no free port block");
    }

    private static boolean free(int base, int size) {
        for (int p = base; p < base + size + ChannelStack.FD_SOCK_PORT_RANGE; p++) {
            try (DatagramSocket u = new DatagramSocket(p, InetAddress.getLoopbackAddress());
                    ServerSocket t = new ServerSocket(p + ChannelStack.FD_SOCK_OFFSET, 1, InetAddress.getLoopbackAddress())) {
                // both free
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
