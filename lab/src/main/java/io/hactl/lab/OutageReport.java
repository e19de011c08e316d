package io.hactl.lab;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What callers saw around a fault.
 *
 * @param fault             the instant the fault was injected (the reference the rest is measured around)
 * @param outage            the longest gap between consecutive answered requests (by reply arrival) that ends after
 *                          the fault, or that is still open when probing stopped: the caller-visible outage
 * @param lastAnswered      the last answer before that gap
 * @param firstUnanswered   when the first request that got no timely answer was sent
 * @param answeredAgain     when the first answer after the gap arrived; empty if service never came back
 * @param nodeBefore        who answered before the gap
 * @param nodeAfter         who answered after it
 * @param macAfter          the Ethernet source of the first answer after it, if the capture saw it
 * @param sent              requests sent over the whole run
 * @param lost              requests sent in the gap that were never answered at all (the rest were answered late,
 *                          e.g. after a SIGSTOP/SIGCONT)
 * @param longestSendGap    the longest time the prober itself sent nothing, from the request answered last before the
 *                          gap to the gap's end: the resolution of {@code outage}. Normally the interval; more when the
 *                          prober was starved of CPU (then a shorter outage may have hidden in its silence)
 * @param twoNodesAnswering every moment, over the whole run, when two nodes answered at once
 */
public record OutageReport(
        Instant fault,
        Duration outage,
        Optional<Instant> lastAnswered,
        Optional<Instant> firstUnanswered,
        Optional<Instant> answeredAgain,
        Optional<String> nodeBefore,
        Optional<String> nodeAfter,
        Optional<String> macAfter,
        int sent,
        int lost,
        Duration longestSendGap,
        List<TwoNodesAnswering> twoNodesAnswering) {

    public OutageReport {
        twoNodesAnswering = List.copyOf(twoNodesAnswering);
    }

    public boolean recovered() {
        return answeredAgain.isPresent();
    }

    public boolean twoNodesAnswered() {
        return !twoNodesAnswering.isEmpty();
    }

    /** One line for logs and assertion messages. */
    public String summary() {
        return "outage " + outage.toMillis() + "ms"
                + " (" + nodeBefore.orElse("nobody") + " -> " + nodeAfter.orElse("nobody")
                + macAfter.map(m -> " at " + m).orElse("") + ")"
                + ", first unanswered " + firstUnanswered.map(Instant::toString).orElse("-")
                + ", answered again " + answeredAgain.map(Instant::toString).orElse("never")
                + ", " + lost + " of " + sent + " requests lost"
                + ", prober silent at most " + longestSendGap.toMillis() + "ms"
                + (twoNodesAnswered() ? ", TWO NODES ANSWERING: " + twoNodesAnswering : "");
    }
}
