package io.hactl.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The outage computation on made-up timelines: a request every 10 ms from T0, replies as each case says. */
class TimelineTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration RTT = Duration.ofMillis(1);

    /** Builds probes: request n is sent at T0 + 10n ms. */
    private static final class Script {
        final List<Probe> probes = new ArrayList<>();

        Script answered(int from, int to, String node) {
            for (int n = from; n < to; n++) {
                Instant sent = at(n);
                probes.add(new Probe("c" + n, sent, List.of(reply(sent.plus(RTT), node))));
            }
            return this;
        }

        Script unanswered(int from, int to) {
            for (int n = from; n < to; n++) {
                probes.add(new Probe("c" + n, at(n), List.of()));
            }
            return this;
        }

        /** Requests from..to answered all together at {@code when}, as after SIGCONT. */
        Script answeredLateAt(int from, int to, Instant when, String node) {
            for (int n = from; n < to; n++) {
                probes.add(new Probe("c" + n, at(n), List.of(reply(when, node))));
            }
            return this;
        }

        Timeline timeline() {
            return new Timeline(probes);
        }
    }

    private static Instant at(int n) {
        return T0.plusMillis(10L * n);
    }

    private static Reply reply(Instant received, String node) {
        return new Reply(received, "10.250.0.100", 200, node, Optional.of(node.equals("ast1") ? "aa:aa" : "bb:bb"));
    }

    @Test
    void crashAndMoveGivesTheGapBetweenTheLastAnswerAndTheFirstFromTheNewNode() {
        Timeline t = new Script().answered(0, 100, "ast1").unanswered(100, 150).answered(150, 200, "ast2").timeline();

        OutageReport r = t.outageAround(at(100));

        // last answer: request 99 at 990+1 ms; first after: request 150 at 1500+1 ms
        assertThat(r.outage()).isEqualTo(Duration.ofMillis(510));
        assertThat(r.lastAnswered()).contains(at(99).plus(RTT));
        assertThat(r.firstUnanswered()).contains(at(100));
        assertThat(r.answeredAgain()).contains(at(150).plus(RTT));
        assertThat(r.nodeBefore()).contains("ast1");
        assertThat(r.nodeAfter()).contains("ast2");
        assertThat(r.macAfter()).contains("bb:bb");
        assertThat(r.lost()).isEqualTo(50);
        assertThat(r.sent()).isEqualTo(200);
        assertThat(r.recovered()).isTrue();
        assertThat(r.twoNodesAnswered()).as("a handover is not two nodes answering").isFalse();
        assertThat(r.longestSendGap()).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    void aProberThatStalledSaysHowLongItSentNothing() {
        List<Probe> probes = new ArrayList<>(new Script().answered(0, 100, "ast1").unanswered(100, 103).probes);
        // nothing sent from 1020 ms to 1090 ms: the prober was starved
        probes.addAll(new Script().unanswered(109, 130).answered(130, 150, "ast2").probes);

        OutageReport r = new Timeline(probes).outageAround(at(100));

        assertThat(r.longestSendGap()).isEqualTo(Duration.ofMillis(70));
        assertThat(r.summary()).contains("prober silent at most 70ms");
    }

    @Test
    void aRequestInFlightWhenTheServerDiedIsTheFirstUnansweredEvenIfSentBeforeTheLastAnswerCame() {
        List<Probe> probes = new ArrayList<>(new Script().answered(0, 50, "ast1").probes);
        // request 50 leaves at 500 ms; request 49's answer arrives later, at 505 ms; then the server is gone
        probes.set(49, new Probe("c49", at(49), List.of(reply(at(50).plusMillis(5), "ast1"))));
        probes.add(new Probe("c50", at(50), List.of()));
        probes.addAll(new Script().unanswered(51, 60).answered(60, 70, "ast2").probes);

        OutageReport r = new Timeline(probes).outageAround(at(50));

        assertThat(r.firstUnanswered()).contains(at(50));
        assertThat(r.lost()).isEqualTo(10);
        assertThat(r.outage()).isEqualTo(Duration.between(at(50).plusMillis(5), at(60).plus(RTT)));
    }

    @Test
    void aLongerGapBeforeTheFaultIsNotThisFaultsOutage() {
        Timeline t = new Script().answered(0, 10, "ast1").unanswered(10, 110).answered(110, 200, "ast1")
                .unanswered(200, 220).answered(220, 300, "ast1").timeline();

        OutageReport r = t.outageAround(at(200));

        assertThat(r.outage()).isEqualTo(Duration.ofMillis(210));
        assertThat(r.firstUnanswered()).contains(at(200));
    }

    @Test
    void aHungServerAnswersLateSoTheOutageIsMeasuredOnArrivalAndNothingIsLost() {
        Instant resumed = at(160).plusMillis(3);
        Timeline t = new Script().answered(0, 100, "ast1").answeredLateAt(100, 160, resumed, "ast1")
                .answered(161, 200, "ast1").timeline();

        OutageReport r = t.outageAround(at(100));

        assertThat(r.outage()).isEqualTo(Duration.between(at(99).plus(RTT), resumed));
        assertThat(r.firstUnanswered()).contains(at(100));
        assertThat(r.answeredAgain()).contains(resumed);
        assertThat(r.lost()).isZero();
    }

    @Test
    void serviceThatNeverComesBackIsAnOpenOutageToTheLastRequest() {
        Timeline t = new Script().answered(0, 50, "ast1").unanswered(50, 300).timeline();

        OutageReport r = t.outageAround(at(50));

        assertThat(r.recovered()).isFalse();
        assertThat(r.answeredAgain()).isEmpty();
        assertThat(r.outage()).isEqualTo(Duration.between(at(49).plus(RTT), at(299)));
        assertThat(r.lost()).isEqualTo(250);
        assertThat(r.summary()).contains("answered again never");
    }

    @Test
    void withNothingAnsweredBeforeTheFaultTheOutageIsTimeToFirstAnswer() {
        Timeline t = new Script().unanswered(0, 70).answered(70, 100, "ast1").timeline();

        OutageReport r = t.outageAround(at(0));

        assertThat(r.outage()).isEqualTo(Duration.ofMillis(701));
        assertThat(r.firstUnanswered()).contains(at(0));
        assertThat(r.nodeBefore()).isEmpty();
        assertThat(r.nodeAfter()).contains("ast1");
    }

    @Test
    void answersGoingBackAndForthBetweenTwoNodesAreTwoNodesAnswering() {
        Timeline t = new Script().answered(0, 30, "ast1").answered(30, 40, "ast2").answered(40, 60, "ast1").timeline();

        OutageReport r = t.outageAround(at(0));

        assertThat(r.twoNodesAnswering()).singleElement().satisfies(two -> {
            assertThat(two.first()).isEqualTo("ast1");
            assertThat(two.second()).isEqualTo("ast2");
            assertThat(two.at()).isEqualTo(at(30).plus(RTT));
            assertThat(two.how()).isEqualTo("back and forth");
        });
        assertThat(r.summary()).contains("TWO NODES ANSWERING");
    }

    @Test
    void oneRequestAnsweredByTwoNodesIsTwoNodesAnswering() {
        List<Probe> probes = new ArrayList<>(new Script().answered(0, 10, "ast1").probes);
        Instant sent = at(10);
        probes.add(new Probe("dup", sent, List.of(reply(sent.plus(RTT), "ast1"), reply(sent.plusMillis(2), "ast2"))));

        OutageReport r = new Timeline(probes).outageAround(at(0));

        assertThat(r.twoNodesAnswering()).extracting(TwoNodesAnswering::how).contains("same request");
    }

    @Test
    void aFailbackLongAfterTheFailoverIsNotTwoNodesAnswering() {
        Timeline t = new Script().answered(0, 30, "ast1").answered(30, 200, "ast2").answered(200, 210, "ast1").timeline();

        assertThat(t.outageAround(at(0), Duration.ofMillis(500)).twoNodesAnswering()).isEmpty();
        assertThat(t.outageAround(at(0), Duration.ofSeconds(2)).twoNodesAnswering()).hasSize(1);
    }

    @Test
    void errorRepliesAreNotAnswers() {
        List<Probe> probes = new ArrayList<>(new Script().answered(0, 10, "ast1").probes);
        for (int n = 10; n < 40; n++) {
            probes.add(new Probe("e" + n, at(n), List.of(new Reply(at(n).plus(RTT), "10.250.0.100", 503, "ast1",
                    Optional.empty()))));
        }
        probes.addAll(new Script().answered(40, 50, "ast1").probes);

        OutageReport r = new Timeline(probes).outageAround(at(10));

        assertThat(r.outage()).isEqualTo(Duration.ofMillis(310));
    }

    @Test
    void unansweredSinceLastAnswerCountsTheRequestsInTheCurrentOutage() {
        Timeline t = new Script().answered(0, 10, "ast1").unanswered(10, 35).timeline();

        assertThat(t.unansweredSinceLastAnswer()).isEqualTo(25);
        assertThat(t.answersFrom("ast1", at(5))).isEqualTo(5);
        assertThat(t.lastAnswer()).map(Reply::node).contains("ast1");
    }
}
