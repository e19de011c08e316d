package io.hactl.membership;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.jgroups.Address;
import org.jgroups.BytesMessage;
import org.jgroups.JChannel;
import org.jgroups.Message;

/**
 * The goodbye that makes a clean stop read "left", not "dead", on every peer. JGroups' own LEAVE goes to the
 * coordinator only, and the other members just see a smaller view, so a stopping node first tells each member
 * itself and waits (up to GMS.leave_timeout) until each has acknowledged. A member records the goodbye on its
 * membership thread before acknowledging, so the goodbye is always processed before the view that removes the node.
 */
final class Farewell {

    private static final byte[] GOODBYE = "hactl:farewell".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ACK = "hactl:farewell-ack".getBytes(StandardCharsets.US_ASCII);

    private final Set<Address> awaiting = new HashSet<>();

    static boolean isGoodbye(Message msg) {
        return is(msg, GOODBYE);
    }

    static boolean isAck(Message msg) {
        return is(msg, ACK);
    }

    private static boolean is(Message msg, byte[] expected) {
        return msg.hasArray() && java.util.Arrays.equals(msg.getArray(), msg.getOffset(), msg.getOffset() + msg.getLength(),
                expected, 0, expected.length);
    }

    /** Called by a member that received a goodbye, after it has queued it. */
    static void acknowledge(JChannel channel, Address leaving) throws Exception {
        channel.send(new BytesMessage(leaving, ACK).setFlag(Message.Flag.OOB, Message.Flag.DONT_BUNDLE));
    }

    /**
     * Says goodbye to every other member and waits until all acknowledged or {@code timeout} passed.
     *
     * @return the members that did not acknowledge in time (they will report this node dead)
     */
    Set<Address> announce(JChannel channel, Duration timeout) throws Exception {
        synchronized (this) {
            awaiting.clear();
            channel.getView().getMembers().stream().filter(a -> !a.equals(channel.getAddress())).forEach(awaiting::add);
        }
        for (Address member : Set.copyOf(awaiting)) {
            channel.send(new BytesMessage(member, GOODBYE).setFlag(Message.Flag.OOB, Message.Flag.DONT_BUNDLE));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            long left;
            while (!awaiting.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
                wait(Math.max(1, left / 1_000_000));
            }
            return Set.copyOf(awaiting);
        }
    }

    synchronized void acknowledged(Address member) {
        if (awaiting.remove(member) && awaiting.isEmpty()) {
            notifyAll();
        }
    }
}
