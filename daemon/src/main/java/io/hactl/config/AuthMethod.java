package io.hactl.config;

import java.util.Optional;

/**
 * authkeys methods. {@code crc}, {@code md5} and {@code sha1} are Heartbeat's; {@code sha256} and
 * {@code sha512} are hactl's additions. All but crc are keyed HMACs; crc only detects corruption.
 */
public enum AuthMethod {
    CRC(null),
    MD5("HmacMD5"),
    SHA1("HmacSHA1"),
    SHA256("HmacSHA256"),
    SHA512("HmacSHA512");

    private final String hmacAlgorithm;

    AuthMethod(String hmacAlgorithm) {
        this.hmacAlgorithm = hmacAlgorithm;
    }

    /** The JCA Mac algorithm, empty for crc. */
    public Optional<String> hmacAlgorithm() {
        return Optional.ofNullable(hmacAlgorithm);
    }

    public boolean needsSecret() {
        return hmacAlgorithm != null;
    }

    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
