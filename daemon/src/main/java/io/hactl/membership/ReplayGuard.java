package io.hactl.membership;

import java.util.HashMap;
import java.util.Map;

/**
 * Rejects datagrams already delivered, per sending node, as Heartbeat does with its generation and sequence
 * numbers. A node's generation grows at every start, so anything from an older generation is a replay; within
 * a generation each sequence number is accepted once. Datagrams may arrive slightly out of order (several
 * receiver threads), so a sliding window of the last {@value #WINDOW} sequence numbers is remembered, as in
 * IPsec's anti-replay window (RFC 4303 §3.4.3); anything older than the window is refused.
 *
 * <p>Thread-safe (one lock: the work inside is a few arithmetic operations).
 */
final class ReplayGuard {

    static final int WINDOW = 1024;

    /** Highest sequence seen in the current generation, and which of the {@link #WINDOW} below it were seen. */
    private static final class Window {
        long generation;
        long highest;
        final long[] seen = new long[WINDOW / Long.SIZE];

        Window(long generation, long sequence) {
            reset(generation, sequence);
        }

        void reset(long newGeneration, long sequence) {
            generation = newGeneration;
            highest = sequence;
            java.util.Arrays.fill(seen, 0);
            mark(sequence);
        }

        boolean isMarked(long sequence) {
            int bit = (int) Math.floorMod(sequence, (long) WINDOW);
            return (seen[bit / Long.SIZE] & (1L << (bit % Long.SIZE))) != 0;
        }

        void mark(long sequence) {
            int bit = (int) Math.floorMod(sequence, (long) WINDOW);
            seen[bit / Long.SIZE] |= 1L << (bit % Long.SIZE);
        }

        void clear(long sequence) {
            int bit = (int) Math.floorMod(sequence, (long) WINDOW);
            seen[bit / Long.SIZE] &= ~(1L << (bit % Long.SIZE));
        }
    }

    private final Map<String, Window> windows = new HashMap<>();

    /** True when this (node, generation, sequence) is fresh; it is then remembered as seen. */
    synchronized boolean accept(String node, long generation, long sequence) {
        Window window = windows.get(node);
        if (window == null) {
            windows.put(node, new Window(generation, sequence));
            return true;
        }
        if (generation < window.generation) {
            return false;
        }
        if (generation > window.generation) {
            window.reset(generation, sequence);
            return true;
        }
        if (sequence > window.highest) {
            long advance = sequence - window.highest;
            if (advance >= WINDOW) {
                java.util.Arrays.fill(window.seen, 0);
            } else {
                for (long s = window.highest + 1; s < sequence; s++) {
                    window.clear(s);
                }
            }
            window.highest = sequence;
            window.mark(sequence);
            return true;
        }
        if (window.highest - sequence >= WINDOW || window.isMarked(sequence)) {
            return false;
        }
        window.mark(sequence);
        return true;
    }
}
