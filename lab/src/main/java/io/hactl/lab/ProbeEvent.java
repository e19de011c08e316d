package io.hactl.lab;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the prober child's output, so the parent can rebuild the timeline. Instants are wall clock
 * ({@link Instant#now()}), comparable across the processes of this machine: the test's own "killed at" and the
 * child's "sent at" are read from the same clock.
 */
sealed interface ProbeEvent {

    String line();

    /** {@code S CALLID INSTANT}: a request left (or was handed to the kernel) at {@code sent}. */
    record Sent(String callId, Instant sent) implements ProbeEvent {
        public String line() {
            return "S " + callId + " " + sent;
        }
    }

    /** {@code R CALLID INSTANT SOURCE-IP STATUS NODE}: a reply came back. */
    record Replied(String callId, Instant received, String sourceIp, int status, String node) implements ProbeEvent {
        public String line() {
            return "R " + callId + " " + received + " " + sourceIp + " " + status + " " + node;
        }
    }

    static Optional<ProbeEvent> parse(String line) {
        String[] w = line.split(" ");
        try {
            if (w.length == 3 && w[0].equals("S")) {
                return Optional.of(new Sent(w[1], Instant.parse(w[2])));
            }
            if (w.length == 6 && w[0].equals("R")) {
                return Optional.of(new Replied(w[1], Instant.parse(w[2]), w[3], Integer.parseInt(w[4]), w[5]));
            }
        } catch (RuntimeException e) {
            // a JVM warning or a torn line is not an event
        }
        return Optional.empty();
    }
}
