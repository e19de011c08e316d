package io.hactl.lab;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every request the prober sent, in sending order, with the replies each got; and the outage computed from them.
 * A pure value: the same probes always give the same report, so the computation is unit-tested on made-up timelines.
 *
 * <p>The outage is measured on reply arrival, not on request sending: after a SIGSTOP and SIGCONT, the requests sent
 * while the server was stopped are all answered in one late burst, and a caller waited all that time for them.
 */
public record Timeline(List<Probe> probes) {

    /** Answers from X, then Y, then X again within this window are two nodes answering, not a handover. */
    public static final Duration DEFAULT_BACK_AND_FORTH_WINDOW = Duration.ofSeconds(1);

    public Timeline {
        probes = probes.stream().sorted(Comparator.comparing(Probe::sent)).toList();
    }

    /** A 2xx reply and the request it answers. */
    private record Answer(Probe probe, Reply reply) {}

    private List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        for (Probe p : probes) {
            p.replies().stream().filter(Reply::answered).forEach(r -> answers.add(new Answer(p, r)));
        }
        answers.sort(Comparator.comparing(a -> a.reply().received()));
        return answers;
    }

    /** The latest answer, if any. */
    public Optional<Reply> lastAnswer() {
        List<Answer> answers = answers();
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1).reply());
    }

    /** How many answers came from {@code node} at or after {@code since}. */
    public long answersFrom(String node, Instant since) {
        return answers().stream()
                .filter(a -> a.reply().node().equals(node) && !a.reply().received().isBefore(since))
                .count();
    }

    /** How many requests sent after {@code since} have been answered (by anyone, at any time). */
    public long answeredSentAfter(Instant since) {
        return probes.stream().filter(p -> p.sent().isAfter(since) && p.answer().isPresent()).count();
    }

    /** Requests sent after the latest answer arrived (all of them if none ever did): the outage so far, in requests. */
    public long unansweredSinceLastAnswer() {
        Instant last = lastAnswer().map(Reply::received).orElse(Instant.MIN);
        return probes.stream().filter(p -> p.sent().isAfter(last) && p.answer().isEmpty()).count();
    }

    public OutageReport outageAround(Instant fault) {
        return outageAround(fault, DEFAULT_BACK_AND_FORTH_WINDOW);
    }

    /**
     * The longest gap between consecutive answers among those that end after {@code fault} (the first one starts at the
     * last answer at or before it, or at the first request if nothing had been answered yet, which measures time to
     * first answer), plus the gap still open at the end if requests sent after the last answer went unanswered.
     */
    public OutageReport outageAround(Instant fault, Duration backAndForthWindow) {
        List<Answer> answers = answers();
        List<TwoNodesAnswering> twoNodes = twoNodesAnswering(answers, backAndForthWindow);
        if (probes.isEmpty()) {
            return new OutageReport(fault, Duration.ZERO, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), 0, 0, Duration.ZERO, twoNodes);
        }
        Instant start = probes.get(0).sent();
        Instant lastSent = probes.get(probes.size() - 1).sent();
        Gap gap = longestGap(answers, fault, start, lastSent);
        Instant gapStart = gap.opening().map(a -> a.reply().received()).orElse(start);
        Instant gapEnd = gap.closing().map(a -> a.reply().received()).orElse(Instant.MAX);
        // Requests after the one answered last: the first of them whose answer, if any, came only after the gap began.
        Instant openingSent = gap.opening().map(a -> a.probe().sent()).orElse(start.minusNanos(1));
        Optional<Instant> firstUnanswered = probes.stream()
                .filter(p -> p.sent().isAfter(openingSent))
                .filter(p -> p.answer().map(r -> r.received().isAfter(gapStart)).orElse(true))
                .map(Probe::sent)
                .findFirst();
        int lost = (int) probes.stream()
                .filter(p -> p.sent().isAfter(openingSent) && p.sent().isBefore(gapEnd) && p.answer().isEmpty())
                .count();
        Instant lastSentInGap = gap.closing().map(a -> a.probe().sent()).orElse(lastSent);
        return new OutageReport(fault, gap.length(),
                gap.opening().map(a -> a.reply().received()),
                firstUnanswered,
                gap.closing().map(a -> a.reply().received()),
                gap.opening().map(a -> a.reply().node()),
                gap.closing().map(a -> a.reply().node()),
                gap.closing().flatMap(a -> a.reply().sourceMac()),
                probes.size(), lost, longestSendGap(openingSent, lastSentInGap), twoNodes);
    }

    /** A time without answers: from {@code opening} (empty: the start of probing) to {@code closing} (empty: still open). */
    private record Gap(Optional<Answer> opening, Optional<Answer> closing, Duration length) {}

    private Gap longestGap(List<Answer> answers, Instant fault, Instant start, Instant lastSent) {
        // Points between which callers waited: the last answer at or before the fault (or the start), then every answer.
        List<Optional<Answer>> points = new ArrayList<>();
        points.add(answers.stream().filter(a -> !a.reply().received().isAfter(fault)).reduce((a, b) -> b));
        answers.stream().filter(a -> a.reply().received().isAfter(fault)).forEach(a -> points.add(Optional.of(a)));
        Gap longest = new Gap(Optional.empty(), Optional.empty(), Duration.ZERO);
        for (int i = 0; i + 1 < points.size(); i++) {
            Instant from = points.get(i).map(a -> a.reply().received()).orElse(start);
            Duration length = Duration.between(from, points.get(i + 1).orElseThrow().reply().received());
            if (length.compareTo(longest.length()) > 0 || longest.closing().isEmpty()) {
                longest = new Gap(points.get(i), points.get(i + 1), length);
            }
        }
        Optional<Answer> last = points.get(points.size() - 1);
        Instant lastAnswerOrStart = last.map(a -> a.reply().received()).orElse(start);
        boolean openAtEnd = probes.stream().anyMatch(p -> p.sent().isAfter(lastAnswerOrStart) && p.answer().isEmpty());
        Duration open = Duration.between(lastAnswerOrStart, lastSent);
        if (openAtEnd && (open.compareTo(longest.length()) > 0 || points.size() == 1)) {
            longest = new Gap(last, Optional.empty(), open.isNegative() ? Duration.ZERO : open);
        }
        return longest;
    }

    /** The longest time between consecutive requests sent from {@code from} to {@code to}, both included. */
    private Duration longestSendGap(Instant from, Instant to) {
        Duration longest = Duration.ZERO;
        Instant previous = null;
        for (Probe p : probes) {
            if (p.sent().isBefore(from) || p.sent().isAfter(to)) {
                continue;
            }
            if (previous != null && Duration.between(previous, p.sent()).compareTo(longest) > 0) {
                longest = Duration.between(previous, p.sent());
            }
            previous = p.sent();
        }
        return longest;
    }

    /**
     * Two nodes answering at once shows in two ways. One request answered by two nodes (the switch flooded it to
     * both). Or, since one client sends each request to one MAC, answers going X, Y, X again within the window as the
     * client's neighbour entry flaps between two holders of the VIP; a handover X to Y, however fast, is not that.
     */
    private static List<TwoNodesAnswering> twoNodesAnswering(List<Answer> answers, Duration window) {
        List<TwoNodesAnswering> found = new ArrayList<>();
        answers.stream().map(Answer::probe).distinct().forEach(p -> {
            List<Reply> r = p.replies().stream().filter(Reply::answered).toList();
            r.stream().filter(x -> !x.node().equals(r.get(0).node())).findFirst().ifPresent(other ->
                    found.add(new TwoNodesAnswering(other.received(), r.get(0).node(), other.node(), "same request")));
        });
        // Runs of consecutive answers from one node: (node, first arrival, last arrival).
        record Run(String node, Instant first, Instant last) {}
        List<Run> runs = new ArrayList<>();
        for (Answer a : answers) {
            Reply r = a.reply();
            if (!runs.isEmpty() && runs.get(runs.size() - 1).node().equals(r.node())) {
                Run tail = runs.remove(runs.size() - 1);
                runs.add(new Run(tail.node(), tail.first(), r.received()));
            } else {
                runs.add(new Run(r.node(), r.received(), r.received()));
            }
        }
        for (int i = 0; i + 2 < runs.size(); i++) {
            Run x = runs.get(i);
            Run y = runs.get(i + 1);
            Run z = runs.get(i + 2);
            if (z.node().equals(x.node()) && Duration.between(x.last(), z.first()).compareTo(window) <= 0) {
                found.add(new TwoNodesAnswering(y.first(), x.node(), y.node(), "back and forth"));
            }
        }
        found.sort(Comparator.comparing(TwoNodesAnswering::at));
        return found;
    }
}
