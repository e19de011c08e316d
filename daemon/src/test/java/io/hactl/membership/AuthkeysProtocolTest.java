package io.hactl.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.hactl.config.AuthKey;
import io.hactl.config.AuthKeys;
import io.hactl.config.AuthMethod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgroups.Address;
import org.jgroups.BytesMessage;
import org.jgroups.EmptyMessage;
import org.jgroups.Message;
import org.jgroups.conf.ClassConfigurator;
import org.jgroups.protocols.PING;
import org.jgroups.protocols.PingHeader;
import org.jgroups.stack.Protocol;
import org.jgroups.util.MessageBatch;
import org.jgroups.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The authkeys layer alone, as in JGroups' VERIFY_SUSPECT_Test: a sending layer whose output is captured by a
 * recording stub below it, and a receiving layer with a recording stub above it. No network.
 */
class AuthkeysProtocolTest {

    private static final Path FILE = Path.of("/etc/ha.d/authkeys");
    private final Address ast1 = UUID.randomUUID();
    private final Address ast2 = UUID.randomUUID();

    private Recorder wire;
    private Recorder delivered;
    private AuthkeysProtocol sender;
    private AuthkeysProtocol receiver;

    /** Captures whatever reaches it: the wire below a sender, the upper stack above a receiver. */
    static final class Recorder extends Protocol {
        final List<Message> messages = new ArrayList<>();
        final List<MessageBatch> batches = new ArrayList<>();

        @Override
        public Object down(Message msg) {
            messages.add(msg);
            return null;
        }

        @Override
        public Object up(Message msg) {
            messages.add(msg);
            return null;
        }

        @Override
        public void up(MessageBatch batch) {
            batches.add(batch);
        }
    }

    static AuthKeys keys(int active, AuthKey... keys) {
        Map<Integer, AuthKey> map = new java.util.TreeMap<>();
        for (AuthKey k : keys) {
            map.put(k.id(), k);
        }
        return AuthKeys.of(FILE, active, map);
    }

    static AuthKey sha1(int id, String secret) {
        return new AuthKey(id, AuthMethod.SHA1, secret, id + 1);
    }

    private AuthkeysProtocol layer(String node, long generation, AuthKeys keys, Protocol below, Protocol above) {
        AuthkeysProtocol p = new AuthkeysProtocol(new Authenticator(keys), node, generation,
                Set.of("ast1", "ast2")::contains, new RejectionLog(Clock.systemUTC(), Duration.ofSeconds(10)));
        p.setDownProtocol(below);
        p.setUpProtocol(above);
        return p;
    }

    @BeforeEach
    void twoNodes() {
        wire = new Recorder();
        delivered = new Recorder();
        AuthKeys shared = keys(1, sha1(1, "s3cret"));
        sender = layer("ast1", 1000, shared, wire, new Recorder());
        receiver = layer("ast2", 2000, shared, new Recorder(), delivered);
    }

    private Message send(Message msg) {
        sender.down(msg);
        return wire.messages.get(wire.messages.size() - 1);
    }

    private static Message datagram(Message wrapped, byte[] bytes) {
        return new BytesMessage(wrapped.getDest(), bytes).setSrc(wrapped.getSrc());
    }

    private static byte[] bytes(Message m) {
        return java.util.Arrays.copyOfRange(m.getArray(), m.getOffset(), m.getOffset() + m.getLength());
    }

    @Test
    void signedMessageArrivesWithHeadersPayloadAndFlagsIntact() {
        Message original = new BytesMessage(ast2, "cib update".getBytes(StandardCharsets.UTF_8)).setSrc(ast1)
                .putHeader(ClassConfigurator.getProtocolId(PING.class), new PingHeader(PingHeader.GET_MBRS_REQ))
                .setFlag(Message.Flag.OOB);
        Message wrapped = send(original);
        assertThat(wrapped.isFlagSet(Message.Flag.OOB)).as("transport needs the flags of the wrapped message").isTrue();
        assertThat(new String(bytes(wrapped), StandardCharsets.ISO_8859_1)).doesNotContain("cib update\u0000\u0000");

        receiver.up(wrapped);

        assertThat(delivered.messages).hasSize(1);
        Message got = delivered.messages.get(0);
        assertThat(new String(bytes(got), StandardCharsets.UTF_8)).isEqualTo("cib update");
        assertThat(got.getSrc()).isEqualTo(ast1);
        assertThat(got.getDest()).isEqualTo(ast2);
        assertThat(got.isFlagSet(Message.Flag.OOB)).isTrue();
        assertThat((PingHeader) got.getHeader(ClassConfigurator.getProtocolId(PING.class))).isNotNull();
        assertThat(receiver.stats().accepted()).isEqualTo(1);
        assertThat(receiver.stats().totalRejected()).isZero();
    }

    @Test
    void headerOnlyHeartbeatIsSignedToo() {
        Message heartbeat = new EmptyMessage(null).setSrc(ast1)
                .putHeader(ClassConfigurator.getProtocolId(PING.class), new PingHeader(PingHeader.GET_MBRS_RSP));
        Message wrapped = send(heartbeat);
        byte[] forged = bytes(wrapped);
        forged[20] ^= 0x01; // inside the signed part: the header bytes or the sequence

        receiver.up(datagram(wrapped, forged));

        assertThat(delivered.messages).isEmpty();
        assertThat(receiver.stats().rejected(Rejection.BAD_AUTHENTICATOR)).isEqualTo(1);
    }

    @Test
    void everyFlippedBitIsDroppedNeverDelivered() {
        Message wrapped = send(new BytesMessage(null, "x".repeat(40).getBytes(StandardCharsets.UTF_8)).setSrc(ast1));
        byte[] good = bytes(wrapped);
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= (byte) (1 << (i % 8));
            receiver.up(datagram(wrapped, bad));
        }
        assertThat(delivered.messages).as("a corrupted datagram must never reach the cluster protocols").isEmpty();
        assertThat(receiver.stats().totalRejected()).isEqualTo(good.length);
        assertThat(receiver.stats().accepted()).isZero();
    }

    @Test
    void replayedDatagramIsRejectedAndCounted() {
        Message wrapped = send(new BytesMessage(null, "hello".getBytes(StandardCharsets.UTF_8)).setSrc(ast1));
        receiver.up(datagram(wrapped, bytes(wrapped)));
        receiver.up(datagram(wrapped, bytes(wrapped)));

        assertThat(delivered.messages).hasSize(1);
        assertThat(receiver.stats().rejected(Rejection.REPLAYED)).isEqualTo(1);
    }

    @Test
    void datagramFromAnEarlierRunOfTheSenderIsAReplay() {
        Message fromOldRun = send(new BytesMessage(null, new byte[] {1}).setSrc(ast1));
        AuthkeysProtocol restarted = layer("ast1", 1001, keys(1, sha1(1, "s3cret")), wire, new Recorder());
        restarted.down(new BytesMessage(null, new byte[] {2}).setSrc(ast1));
        Message fromNewRun = wire.messages.get(wire.messages.size() - 1);

        receiver.up(fromNewRun);
        receiver.up(fromOldRun);

        assertThat(delivered.messages).hasSize(1);
        assertThat(receiver.stats().rejected(Rejection.REPLAYED)).isEqualTo(1);
    }

    @Test
    void truncatedDatagramsAreMalformedAndNeverThrow() {
        Message wrapped = send(new BytesMessage(null, "payload".getBytes(StandardCharsets.UTF_8)).setSrc(ast1));
        byte[] good = bytes(wrapped);
        for (int length = 0; length < good.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(good, length);
            assertThatCode(() -> receiver.up(datagram(wrapped, cut))).doesNotThrowAnyException();
        }
        assertThat(delivered.messages).isEmpty();
        assertThat(receiver.stats().rejected(Rejection.MALFORMED) + receiver.stats().rejected(Rejection.UNKNOWN_KEY))
                .isEqualTo(good.length);
    }

    @Test
    void randomGarbageNeverCrashesTheReceiver() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[random.nextInt(200)];
            random.nextBytes(junk);
            if (junk.length > 3 && i % 2 == 0) {
                junk[0] = 0x48; junk[1] = 0x41; junk[2] = 1; junk[3] = 1; // looks like an envelope with our key id
            }
            assertThatCode(() -> receiver.up(new BytesMessage(null, junk).setSrc(ast1))).doesNotThrowAnyException();
        }
        assertThatCode(() -> receiver.up(new EmptyMessage(null).setSrc(ast1))).doesNotThrowAnyException();
        assertThat(delivered.messages).isEmpty();
        assertThat(receiver.stats().totalRejected()).isEqualTo(2001);
    }

    @Test
    void wrongSecretIsRejected() {
        AuthkeysProtocol outsider = layer("ast1", 5, keys(1, sha1(1, "guess")), wire, new Recorder());
        outsider.down(new BytesMessage(null, new byte[] {1}).setSrc(ast1));

        receiver.up(wire.messages.get(0));

        assertThat(delivered.messages).isEmpty();
        assertThat(receiver.stats().rejected(Rejection.BAD_AUTHENTICATOR)).isEqualTo(1);
    }

    @Test
    void keyRotationAcceptsEveryListedKeyAndRejectsUnknownIds() {
        AuthKeys rotated = keys(1, sha1(1, "s3cret"), new AuthKey(2, AuthMethod.SHA256, "new-secret", 3));
        AuthkeysProtocol rotatingReceiver = layer("ast2", 7, rotated, new Recorder(), delivered);
        AuthkeysProtocol newKeySender = layer("ast1", 8,
                keys(2, sha1(1, "s3cret"), new AuthKey(2, AuthMethod.SHA256, "new-secret", 3)), wire, new Recorder());
        AuthkeysProtocol unknownKeySender = layer("ast1", 9, keys(3, new AuthKey(3, AuthMethod.MD5, "x", 1)), wire,
                new Recorder());

        newKeySender.down(new BytesMessage(null, new byte[] {1}).setSrc(ast1));
        sender.down(new BytesMessage(null, new byte[] {2}).setSrc(ast1));
        unknownKeySender.down(new BytesMessage(null, new byte[] {3}).setSrc(ast1));
        wire.messages.forEach(rotatingReceiver::up);

        assertThat(delivered.messages).hasSize(2);
        assertThat(rotatingReceiver.stats().rejected(Rejection.UNKNOWN_KEY)).isEqualTo(1);
    }

    @Test
    void nodeNotInHaCfIsRejectedEvenWithTheRightKey() {
        AuthkeysProtocol stranger = layer("ast9", 5, keys(1, sha1(1, "s3cret")), wire, new Recorder());
        stranger.down(new BytesMessage(null, new byte[] {1}).setSrc(ast1));

        receiver.up(wire.messages.get(0));

        assertThat(delivered.messages).isEmpty();
        assertThat(receiver.stats().rejected(Rejection.UNLISTED_NODE)).isEqualTo(1);
    }

    @Test
    void crcDetectsCorruptionOnly() {
        AuthKeys crc = keys(1, new AuthKey(1, AuthMethod.CRC, "", 2));
        AuthkeysProtocol crcSender = layer("ast1", 1, crc, wire, new Recorder());
        AuthkeysProtocol crcReceiver = layer("ast2", 1, crc, new Recorder(), delivered);
        crcSender.down(new BytesMessage(null, new byte[] {1, 2, 3}).setSrc(ast1));
        Message wrapped = wire.messages.get(0);
        byte[] corrupted = bytes(wrapped);
        corrupted[corrupted.length - 6] ^= 0x10;

        crcReceiver.up(datagram(wrapped, corrupted));
        crcReceiver.up(wrapped);

        assertThat(delivered.messages).hasSize(1);
        assertThat(crcReceiver.stats().rejected(Rejection.BAD_AUTHENTICATOR)).isEqualTo(1);
    }

    @Test
    void batchesKeepOnlyAuthenticMessages() {
        Message good = send(new BytesMessage(null, new byte[] {1}).setSrc(ast1));
        byte[] forged = bytes(send(new BytesMessage(null, new byte[] {2}).setSrc(ast1)));
        forged[forged.length - 1] ^= 0x7f;
        MessageBatch batch = new MessageBatch(null, ast1, null, true,
                List.of(datagram(good, bytes(good)), new BytesMessage(null, forged).setSrc(ast1)));

        receiver.up(batch);

        assertThat(delivered.batches).hasSize(1);
        assertThat(delivered.batches.get(0).size()).isEqualTo(1);
        assertThat(receiver.stats().rejected(Rejection.BAD_AUTHENTICATOR)).isEqualTo(1);
    }
}
