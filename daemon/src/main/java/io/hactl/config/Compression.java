package io.hactl.config;

/**
 * {@code compression} and {@code compression_threshold}: cluster messages larger than the threshold are
 * compressed. hactl always uses zlib (deflate); {@code bz2} is accepted and compresses with zlib, which only
 * matters to hactl's own peers.
 */
public record Compression(String module, int thresholdKb) {

    /** Heartbeat's default threshold: messages over 2 KB. */
    public static final int DEFAULT_THRESHOLD_KB = 2;
}
