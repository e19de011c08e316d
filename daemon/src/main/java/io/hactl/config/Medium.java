package io.hactl.config;

import java.net.InetAddress;
import java.nio.file.Path;

/**
 * One heartbeat medium line of ha.cf. Each carries the UDP port in force where it was written, because
 * Heartbeat reads ha.cf top to bottom: {@code udpport} applies only to the media that follow it.
 */
public sealed interface Medium permits Medium.Bcast, Medium.Mcast, Medium.Ucast {

    /** The network interface the medium sends and receives on. */
    String device();

    Path file();

    /** The ha.cf keyword that created it. */
    String keyword();

    int line();

    /** {@code bcast DEV}: UDP broadcast on DEV to {@code port}. A line naming several devices gives one each. */
    record Bcast(String device, int port, Path file, int line) implements Medium {
        @Override
        public String keyword() {
            return "bcast";
        }
    }

    /** {@code mcast DEV GROUP PORT TTL LOOP}: UDP multicast on DEV. */
    record Mcast(String device, InetAddress group, int port, int ttl, boolean loop, Path file, int line)
            implements Medium {
        @Override
        public String keyword() {
            return "mcast";
        }
    }

    /** {@code ucast DEV PEER}: UDP unicast from DEV to one peer's address, on {@code port}. */
    record Ucast(String device, InetAddress peer, int port, Path file, int line) implements Medium {
        @Override
        public String keyword() {
            return "ucast";
        }
    }
}
