package io.hactl.membership;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.jgroups.BytesMessage;
import org.jgroups.Message;
import org.jgroups.conf.ClassConfigurator;
import org.jgroups.stack.Protocol;
import org.jgroups.util.ByteArray;
import org.jgroups.util.MessageBatch;
import org.jgroups.util.Util;

/**
 * authkeys on the wire: placed directly above the transport, so discovery, heartbeats, views and application
 * messages are all covered. Going down, the whole serialized message (flags, addresses, every header, payload) is
 * wrapped in an {@link Envelope} signed with the active key; going up, only envelopes whose authenticator, sender
 * and sequence check out are unwrapped and passed on. Everything else is dropped, counted and logged (rate-limited).
 *
 * <p>Why our own protocol: JGroups' AUTH guards only JOINs, and SYM/ASYM_ENCRYPT protect payloads but pass
 * header-only messages such as FD_ALL3 heartbeats unchanged, with no replay protection.
 *
 * <p>Up-calls run on the transport's receiver threads, concurrently; every structure here is thread-safe.
 */
public final class AuthkeysProtocol extends Protocol {

    /** Custom protocol ids must be >= 512 ({@code ClassConfigurator.MIN_CUSTOM_PROTOCOL_ID}). */
    static final short PROTOCOL_ID = 1701;

    static {
        if (ClassConfigurator.getProtocolId(AuthkeysProtocol.class) == 0) {
            ClassConfigurator.addProtocol(PROTOCOL_ID, AuthkeysProtocol.class);
        }
    }

    private final Authenticator authenticator;
    private final String node;
    private final long generation;
    private final Predicate<String> admitted;
    private final RejectionLog rejections;
    private final AtomicLong sequence = new AtomicLong();
    private final ReplayGuard replays = new ReplayGuard();

    /**
     * @param node       this node's name, carried in every envelope
     * @param generation this run's incarnation number; must grow from one start to the next
     * @param admitted   which sender names may speak ({@code node} lines, or anyone under autojoin)
     */
    AuthkeysProtocol(Authenticator authenticator, String node, long generation, Predicate<String> admitted,
            RejectionLog rejections) {
        this.authenticator = authenticator;
        this.node = node;
        this.generation = generation;
        this.admitted = admitted;
        this.rejections = rejections;
    }

    AuthStats stats() {
        return rejections.snapshot();
    }

    @Override
    public Object down(Message msg) {
        if (msg.getSrc() == null) {
            msg.setSrc(getAddress());
        }
        return down_prot.down(wrap(msg));
    }

    Message wrap(Message msg) {
        ByteArray serialized;
        try {
            serialized = Util.messageToBuffer(msg);
        } catch (Exception e) {
            throw new IllegalStateException("cannot serialize " + msg, e);
        }
        byte[] body = java.util.Arrays.copyOfRange(serialized.getArray(), serialized.getOffset(),
                serialized.getOffset() + serialized.getLength());
        byte[] signed = new Envelope(authenticator.activeId(), node, generation, sequence.incrementAndGet(), body)
                .signedPart();
        byte[] mac = authenticator.sign(signed);
        byte[] datagram = java.util.Arrays.copyOf(signed, signed.length + mac.length);
        System.arraycopy(mac, 0, datagram, signed.length, mac.length);
        Message outer = new BytesMessage(msg.getDest(), datagram).setSrc(msg.getSrc());
        outer.setFlag(msg.getFlags(false), false);
        outer.setFlag(msg.getFlags(true), true);
        return outer;
    }

    @Override
    public Object up(Message msg) {
        Optional<Message> inner = unwrap(msg);
        return inner.isPresent() ? up_prot.up(inner.get()) : null;
    }

    @Override
    public void up(MessageBatch batch) {
        java.util.List<Message> accepted = new java.util.ArrayList<>(batch.size());
        for (Message msg : batch) {
            unwrap(msg).ifPresent(accepted::add);
        }
        batch.reset();
        accepted.forEach(batch::add);
        if (!batch.isEmpty()) {
            up_prot.up(batch);
        }
    }

    /** The authenticated message inside {@code msg}, or empty when it was dropped (and counted). */
    Optional<Message> unwrap(Message msg) {
        Object from = msg.getSrc();
        if (!msg.hasArray()) {
            rejections.rejected(Rejection.MALFORMED, from, "no payload");
            return Optional.empty();
        }
        Optional<Envelope.Parsed> parsed = Envelope.parse(msg.getArray(), msg.getOffset(), msg.getLength(),
                authenticator::length);
        if (parsed.isEmpty()) {
            boolean unknownKey = msg.getLength() > 3 && !authenticator.knows(Byte.toUnsignedInt(msg.getArray()[msg.getOffset() + 3]));
            rejections.rejected(unknownKey ? Rejection.UNKNOWN_KEY : Rejection.MALFORMED, from,
                    msg.getLength() + " bytes");
            return Optional.empty();
        }
        Envelope envelope = parsed.get().envelope();
        if (!authenticator.verify(envelope.keyId(), msg.getArray(), msg.getOffset(), parsed.get().signedLength(),
                parsed.get().authenticator())) {
            rejections.rejected(Rejection.BAD_AUTHENTICATOR, from, "claims node " + envelope.node() + " key " + envelope.keyId());
            return Optional.empty();
        }
        if (!admitted.test(envelope.node())) {
            rejections.rejected(Rejection.UNLISTED_NODE, from, "node " + envelope.node());
            return Optional.empty();
        }
        if (!replays.accept(envelope.node(), envelope.generation(), envelope.sequence())) {
            rejections.rejected(Rejection.REPLAYED, from, "node " + envelope.node() + " generation "
                    + envelope.generation() + " sequence " + envelope.sequence());
            return Optional.empty();
        }
        Message inner;
        try {
            inner = Util.messageFromBuffer(envelope.message(), 0, envelope.message().length);
        } catch (Exception | LinkageError e) {
            // Signed by a key holder yet unreadable: a bug or a version mismatch, never a reason to crash.
            rejections.rejected(Rejection.MALFORMED, from, "undecodable message from node " + envelope.node() + ": " + e);
            return Optional.empty();
        }
        if (inner.getDest() == null) {
            inner.setDest(msg.getDest());
        }
        if (inner.getSrc() == null) {
            inner.setSrc(msg.getSrc());
        }
        rejections.accepted();
        return Optional.of(inner);
    }
}
