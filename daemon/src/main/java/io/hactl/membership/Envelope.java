package io.hactl.membership;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The signed wrapper every cluster datagram travels in. Layout (big-endian):
 * <pre>
 *   magic 'H''A' (2) | version (1) | key id (1) | node name length (2) + UTF-8 | generation (8) | sequence (8)
 *   | message length (4) + message bytes | authenticator (length fixed by the key's method)
 * </pre>
 * The authenticator covers every byte before it, so the whole serialized JGroups message (headers, flags,
 * addresses, payload) and the anti-replay fields are protected together.
 *
 * @param keyId      the authkeys id the sender signed with
 * @param node       the sender's node name (checked against ha.cf's {@code node} lines)
 * @param generation the sender's incarnation: grows at every start, so old datagrams of a previous run are replays
 * @param sequence   per-generation counter, so a datagram of this run cannot be delivered twice
 * @param message    the serialized JGroups message
 */
record Envelope(int keyId, String node, long generation, long sequence, byte[] message) {

    static final short MAGIC = 0x4841;
    static final byte VERSION = 1;
    /** Longest node name accepted: a DNS label is 63 bytes; leave room for FQDNs. */
    static final int MAX_NODE_NAME = 255;

    /** The bytes the authenticator is computed over. */
    byte[] signedPart() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(message.length + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            byte[] name = node.getBytes(StandardCharsets.UTF_8);
            out.writeShort(MAGIC);
            out.writeByte(VERSION);
            out.writeByte(keyId);
            out.writeShort(name.length);
            out.write(name);
            out.writeLong(generation);
            out.writeLong(sequence);
            out.writeInt(message.length);
            out.write(message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A parsed datagram before its authenticator is checked. */
    record Parsed(Envelope envelope, int signedLength, byte[] authenticator) {}

    /**
     * Reads the structure only; says nothing about authenticity. Empty when the bytes are not an envelope
     * (truncated, wrong magic or version, lengths that do not add up): such input is counted as malformed.
     */
    static Optional<Parsed> parse(byte[] data, int offset, int length, java.util.function.IntUnaryOperator macLengthOfKey) {
        try {
            ByteBuffer in = ByteBuffer.wrap(data, offset, length);
            if (in.getShort() != MAGIC || in.get() != VERSION) {
                return Optional.empty();
            }
            int keyId = Byte.toUnsignedInt(in.get());
            int nameLength = Short.toUnsignedInt(in.getShort());
            if (nameLength == 0 || nameLength > MAX_NODE_NAME) {
                return Optional.empty();
            }
            byte[] name = new byte[nameLength];
            in.get(name);
            long generation = in.getLong();
            long sequence = in.getLong();
            int messageLength = in.getInt();
            int macLength = macLengthOfKey.applyAsInt(keyId);
            if (messageLength < 0 || macLength < 0 || in.remaining() != (long) messageLength + macLength) {
                return Optional.empty();
            }
            byte[] message = new byte[messageLength];
            in.get(message);
            byte[] mac = new byte[macLength];
            in.get(mac);
            int signedLength = length - macLength;
            Envelope envelope = new Envelope(keyId, new String(name, StandardCharsets.UTF_8), generation, sequence, message);
            return Optional.of(new Parsed(envelope, signedLength, mac));
        } catch (BufferUnderflowException e) {
            return Optional.empty();
        }
    }
}
