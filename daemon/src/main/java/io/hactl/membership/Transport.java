package io.hactl.membership;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * How this node reaches its peers: what one ha.cf medium becomes. Built by {@link MediaMapping}; turned into
 * JGroups protocols by {@link ChannelStack}. Every variant sends through the transport's sockets only, so every
 * datagram, discovery included, passes the authkeys layer.
 */
public sealed interface Transport {

    /** The address every socket of the stack binds to (also FD_SOCK2's). */
    InetAddress bindAddress();

    /** UDP port of the transport's unicast socket; FD_SOCK2 listens at this + {@link ChannelStack#FD_SOCK_OFFSET}. */
    int port();

    /**
     * {@code mcast DEV GROUP PORT TTL LOOP}: heartbeats and discovery multicast to GROUP:PORT from DEV's address
     * (UDP, ip_mcast=true, PING discovery). Unicasts (retransmissions, view acks) use PORT+1 on DEV's address,
     * because the multicast socket already holds PORT. LOOP maps to IP_MULTICAST_LOOP. {@code bcast DEV} is carried
     * the same way, see {@link MediaMapping}.
     */
    record Multicast(InetAddress bindAddress, InetAddress group, int groupPort, int ttl, boolean loop)
            implements Transport {
        @Override
        public int port() {
            return groupPort + 1;
        }
    }

    /**
     * {@code ucast DEV PEER} lines: UDP unicast only (ip_mcast=false); a message for everyone is sent once to each
     * member. Discovery asks each listed peer at PEER:udpport (TCPPING-style, over the same UDP socket).
     *
     * @param portRange how many ports above {@code port} a node may bind and peers are probed at: 0 in production
     *                  (one node per host); more when tests run several nodes on one address
     */
    record Unicast(InetAddress bindAddress, int port, List<InetSocketAddress> peers, int portRange)
            implements Transport {
        public Unicast {
            peers = List.copyOf(peers);
        }
    }

    /** All nodes in one JVM (JGroups SHARED_LOOPBACK): for tests of membership logic, no sockets at all. */
    record InJvm(InetAddress bindAddress, int port) implements Transport {
        public InJvm() {
            this(InetAddress.getLoopbackAddress(), 0);
        }
    }
}
