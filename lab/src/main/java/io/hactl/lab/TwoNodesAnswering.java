package io.hactl.lab;

import java.time.Instant;

/**
 * A moment when two nodes were answering at once: what a caller must never see.
 *
 * @param at     when the second node's answer arrived
 * @param first  the node that was answering
 * @param second the other node
 * @param how    {@code same request} (both answered one Call-ID) or {@code back and forth} (first, second, then
 *               first again within the window: a clean handover only ever goes one way)
 */
public record TwoNodesAnswering(Instant at, String first, String second, String how) {

    @Override
    public String toString() {
        return first + " and " + second + " answering at " + at + " (" + how + ")";
    }
}
