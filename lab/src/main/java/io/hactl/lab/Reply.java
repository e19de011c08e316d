package io.hactl.lab;

import java.time.Instant;
import java.util.Optional;

/**
 * A reply the prober received.
 *
 * @param received  when the prober's socket returned it (wall clock)
 * @param sourceIp  the IP it came from (the VIP when the server is bound to it)
 * @param status    the SIP status code; only 2xx counts as answered
 * @param node      the answering node, from kamailio's {@code X-Node} header ({@code -} if absent)
 * @param sourceMac the Ethernet source of the frame, from the capture; empty until (or unless) the capture saw it
 */
public record Reply(Instant received, String sourceIp, int status, String node, Optional<String> sourceMac) {

    public boolean answered() {
        return status >= 200 && status < 300;
    }
}
