package io.hactl.membership;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.jgroups.Address;
import org.jgroups.Message;
import org.jgroups.stack.Protocol;
import org.jgroups.util.MessageBatch;

/**
 * Remembers when anything was last heard from each sender. Sits just above {@link AuthkeysProtocol}, so only
 * authenticated traffic counts, and every message (heartbeat or not) proves the sender alive, as in Heartbeat.
 *
 * <p>JGroups keeps no such age (FD_ALL3 has only a bitmap), and warntime, {@code cl_status} and {@code hactl status}
 * all need it. Arrival times come from a monotonic nanosecond source ({@code System::nanoTime} in production), so
 * a wall-clock step never makes a node look late. Written by receiver threads, read by the membership thread.
 */
public final class HeartbeatAges extends Protocol {

    private final LongSupplier nanoTime;
    private final Map<Address, Long> lastHeard = new ConcurrentHashMap<>();

    HeartbeatAges(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Object up(Message msg) {
        heard(msg.getSrc());
        return up_prot.up(msg);
    }

    @Override
    public void up(MessageBatch batch) {
        for (Message msg : batch) {
            heard(msg.getSrc());
        }
        up_prot.up(batch);
    }

    private void heard(Address sender) {
        if (sender != null) {
            lastHeard.put(sender, nanoTime.getAsLong());
        }
    }

    /** How long ago {@code sender} was last heard; empty if never. */
    Optional<Duration> age(Address sender) {
        Long at = lastHeard.get(sender);
        return at == null ? Optional.empty() : Optional.of(Duration.ofNanos(nanoTime.getAsLong() - at));
    }

}
