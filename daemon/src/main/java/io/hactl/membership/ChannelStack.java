package io.hactl.membership;

import java.util.ArrayList;
import java.util.List;
import org.jgroups.JChannel;
import org.jgroups.protocols.BARRIER;
import org.jgroups.protocols.COMPRESS;
import org.jgroups.protocols.FD_ALL3;
import org.jgroups.protocols.FD_SOCK2;
import org.jgroups.protocols.FRAG2;
import org.jgroups.protocols.MERGE3;
import org.jgroups.protocols.MFC;
import org.jgroups.protocols.PING;
import org.jgroups.protocols.SHARED_LOOPBACK;
import org.jgroups.protocols.SHARED_LOOPBACK_PING;
import org.jgroups.protocols.TCPPING;
import org.jgroups.protocols.TP;
import org.jgroups.protocols.UDP;
import org.jgroups.protocols.UFC;
import org.jgroups.protocols.UNICAST3;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.protocols.pbcast.NAKACK2;
import org.jgroups.protocols.pbcast.STABLE;
import org.jgroups.stack.Protocol;

/**
 * Builds the JGroups stack in code (no XML), bottom to top:
 * <pre>
 *   UDP | SHARED_LOOPBACK          transport from the ha.cf medium ({@link Transport})
 *   AuthkeysProtocol               every datagram signed and checked (authkeys)
 *   HeartbeatAges                  last-heard time per sender (warntime, status)
 *   PING | TCPPING | SL_PING       discovery
 *   MERGE3                         finds healed partitions
 *   FD_SOCK2                       TCP ring: a crashed process's socket closes at once (not for in-JVM tests)
 *   FD_ALL3                        heartbeat every keepalive; silent nodes suspected
 *   VERIFY_SUSPECT2                confirms a suspicion once more
 *   BARRIER, NAKACK2, UNICAST3, STABLE   reliable delivery
 *   GMS                            views: the coordinator is the dc
 *   UFC, MFC, FRAG2                flow control, fragmentation
 *   COMPRESS                       only with ha.cf's compression: deflates messages above compression_threshold,
 *                                  before fragmentation, so large CIB updates cross the wire smaller
 * </pre>
 * Every detection timeout comes from {@link FailureDetectorSettings}; JGroups' diagnostics responder, which answers
 * probes from anyone, is switched off.
 */
final class ChannelStack {

    /** FD_SOCK2 listens on TCP transport port + this, on the cluster address (JGroups' default offset). */
    static final int FD_SOCK_OFFSET = 100;
    /** FD_SOCK2 adds this to a computed port below it (JGroups' min_port): udpport 694 gives TCP 1818. */
    static final int FD_SOCK_MIN_PORT = 1024;
    /** FD_SOCK2 tries this many ports above its first choice when it is taken. */
    static final int FD_SOCK_PORT_RANGE = 3;
    /** Below the 65,507-byte UDP limit, leaving room for the authkeys envelope and JGroups' own headers. */
    static final int FRAG_SIZE = 30_000;

    /** Socket buffers: room for bursts of state transfer, under Linux's default net.core.rmem_max/wmem_max. */
    static final int RECEIVE_BUFFER = 200_000;

    private ChannelStack() {}

    static JChannel build(Transport transport, FailureDetectorSettings fd, AuthkeysProtocol authkeys,
            HeartbeatAges ages, java.util.Optional<io.hactl.config.Compression> compression) throws Exception {
        List<Protocol> stack = new ArrayList<>();
        stack.add(transport(transport));
        stack.add(authkeys);
        stack.add(ages);
        stack.add(discovery(transport));
        stack.add(new MERGE3()
                .setMinInterval(fd.mergeMinInterval().toMillis())
                .setMaxInterval(fd.mergeMaxInterval().toMillis())
                .setCheckInterval(fd.mergeCheckInterval().toMillis()));
        if (!(transport instanceof Transport.InJvm)) {
            stack.add(new FD_SOCK2()
                    .setBindAddress(transport.bindAddress())
                    .setOffset(FD_SOCK_OFFSET)
                    .setPortRange(transport instanceof Transport.Unicast u ? Math.max(FD_SOCK_PORT_RANGE, u.portRange()) : FD_SOCK_PORT_RANGE)
                    .setValue("connect_timeout", (int) fd.verifyTimeout().toMillis()));
        }
        stack.add(new FD_ALL3().setInterval(fd.keepalive().toMillis()).setTimeout(fd.fdTimeout().toMillis()));
        stack.add(new VERIFY_SUSPECT2().setTimeout(fd.verifyTimeout().toMillis()));
        stack.add(new BARRIER());
        stack.add(new NAKACK2().setXmitInterval(Math.max(50, fd.keepalive().toMillis() / 2)));
        stack.add(new UNICAST3().setValue("xmit_interval", Math.max(50, fd.keepalive().toMillis() / 2)));
        stack.add(new STABLE());
        stack.add(new GMS()
                .setJoinTimeout(fd.joinTimeout().toMillis())
                .setMaxJoinAttempts(fd.maxJoinAttempts())
                .setViewAckCollectionTimeout(fd.verifyTimeout().toMillis())
                .setLeaveTimeout(fd.leaveTimeout().toMillis())
                .setMergeTimeout(fd.mergeTimeout().toMillis())
                .printLocalAddress(false));
        stack.add(new UFC());
        stack.add(new MFC());
        stack.add(new FRAG2().setValue("frag_size", FRAG_SIZE));
        compression.ifPresent(c -> stack.add(new COMPRESS().setValue("min_size", c.thresholdKb() * 1024)));
        JChannel channel = new JChannel(stack);
        TP tp = channel.getProtocolStack().getTransport();
        if (tp.getDiagnosticsHandler() != null) {
            tp.getDiagnosticsHandler().setEnabled(false);
        }
        return channel;
    }

    /** The TCP port FD_SOCK2 listens on first, for the README and for firewall rules. */
    static int fdSockPort(int transportPort) {
        int port = transportPort + FD_SOCK_OFFSET;
        return port < FD_SOCK_MIN_PORT ? port + FD_SOCK_MIN_PORT : port;
    }

    private static Protocol transport(Transport transport) {
        if (transport instanceof Transport.InJvm) {
            return new SHARED_LOOPBACK();
        }
        UDP udp = new UDP();
        udp.setBindAddr(transport.bindAddress());
        udp.setBindPort(transport.port());
        // Heartbeats are tiny; JGroups' 5 MB default exceeds a stock rmem_max and only produces a warning.
        udp.setUcastRecvBufSize(RECEIVE_BUFFER).setMcastRecvBufSize(RECEIVE_BUFFER);
        udp.setUcastSendBufSize(RECEIVE_BUFFER).setMcastSendBufSize(RECEIVE_BUFFER);
        // Datagrams of another JGroups version or cluster are dropped silently: a flood from the network must not
        // become a flood in the log (JGroups would log one line per datagram).
        udp.setValue("log_discard_msgs", false).setValue("log_discard_msgs_version", false);
        udp.setValue("port_range", transport instanceof Transport.Unicast u ? u.portRange() : 0);
        if (transport instanceof Transport.Multicast m) {
            udp.setMulticasting(true);
            udp.setMulticastAddress(m.group());
            udp.setMulticastPort(m.groupPort());
            udp.setMulticastTTL(m.ttl());
            udp.setValue("disable_loopback", !m.loop());
        } else {
            udp.setMulticasting(false);
        }
        return udp;
    }

    private static Protocol discovery(Transport transport) {
        if (transport instanceof Transport.InJvm) {
            return new SHARED_LOOPBACK_PING();
        }
        if (transport instanceof Transport.Multicast) {
            return new PING();
        }
        Transport.Unicast unicast = (Transport.Unicast) transport;
        TCPPING ping = new TCPPING().setInitialHosts(unicast.peers());
        ping.setPortRange(unicast.portRange());
        return ping;
    }
}
