package io.hactl.membership;

import io.hactl.config.AuthKey;
import io.hactl.config.AuthKeys;
import io.hactl.config.AuthMethod;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes and checks authkeys authenticators, as Heartbeat does: sign with the active key ({@code auth N}),
 * accept any key listed, so keys can be changed one node at a time. HMAC for md5/sha1/sha256/sha512; for crc a
 * CRC32, which detects corruption but is no protection against anyone who can send to the cluster port.
 *
 * <p>Thread-safe: each thread gets its own {@link Mac} per key (Mac objects are not thread-safe and are costly to
 * create for every heartbeat).
 */
final class Authenticator {

    private final int activeId;
    private final Map<Integer, Signer> signers = new TreeMap<>();

    Authenticator(AuthKeys keys) {
        this.activeId = keys.activeId();
        keys.keys().forEach((id, key) -> {
            if (id < 0 || id > 255) {
                throw new IllegalArgumentException("authkeys id " + id + " does not fit the wire format (0-255)");
            }
            signers.put(id, new Signer(key));
        });
    }

    int activeId() {
        return activeId;
    }

    AuthMethod activeMethod() {
        return signers.get(activeId).key.method();
    }

    /** Length in bytes of the authenticator made with key {@code id}; -1 for a key we do not have. */
    int length(int id) {
        Signer signer = signers.get(id);
        return signer == null ? -1 : signer.length;
    }

    byte[] sign(byte[] data) {
        return signers.get(activeId).compute(data, 0, data.length);
    }

    boolean knows(int id) {
        return signers.containsKey(id);
    }

    /** Constant-time check of {@code authenticator} over {@code data[0, length)} with key {@code id}. */
    boolean verify(int id, byte[] data, int offset, int length, byte[] authenticator) {
        Signer signer = signers.get(id);
        return signer != null && MessageDigest.isEqual(signer.compute(data, offset, length), authenticator);
    }

    private static final class Signer {
        final AuthKey key;
        final int length;
        final ThreadLocal<Mac> mac;

        Signer(AuthKey key) {
            this.key = key;
            if (key.method() == AuthMethod.CRC) {
                this.mac = null;
                this.length = Integer.BYTES;
            } else {
                String algorithm = key.method().hmacAlgorithm().orElseThrow();
                SecretKeySpec secret = new SecretKeySpec(key.secret().getBytes(StandardCharsets.UTF_8), algorithm);
                this.mac = ThreadLocal.withInitial(() -> newMac(algorithm, secret));
                this.length = this.mac.get().getMacLength();
            }
        }

        byte[] compute(byte[] data, int offset, int len) {
            if (mac == null) {
                CRC32 crc = new CRC32();
                crc.update(data, offset, len);
                return ByteBuffer.allocate(Integer.BYTES).putInt((int) crc.getValue()).array();
            }
            Mac m = mac.get();
            m.update(data, offset, len);
            return m.doFinal();
        }

        private static Mac newMac(String algorithm, SecretKeySpec secret) {
            try {
                Mac m = Mac.getInstance(algorithm);
                m.init(secret);
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("JDK lacks " + algorithm, e);
            }
        }
    }
}
