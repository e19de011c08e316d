package io.hactl.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a caller sees, on real hosts: kamailio in node namespaces, the VIP moved by hand, the prober in the client
 * namespace. No cluster yet: these pin the instruments the failover tests will use.
 */
@Tag("netns")
class SipOutageIT {

    private static final Path LOGS = Path.of("target", "lab-logs", "SipOutageIT");
    private static final String VIP = NetworkLab.address(100);
    private final TestTiming timing = TestTiming.fromSystemProperties();

    @BeforeAll
    static void needsRoot() {
        assumeThat(NetworkLab.available()).as("root and iproute2").isTrue();
    }

    @Test
    void manualVipMoveShowsTheOutageTheTestCreatedThenAnswersFromTheNewNodesMac() {
        try (NetworkLab lab = NetworkLab.create(2, LOGS)) {
            // 30 requests must go unanswered before the VIP moves: an outage of at least 300 ms that we made.
            ManualVipMove move = new ManualVipMove(lab, ManualVipMove.Settings.immediate().withHold(30));
            move.setUp();
            try (SipProber prober = SipProber.start(lab, VIP)) {
                ManualVipMove.Result result = move.run(prober);
                OutageReport report = result.report();
                Duration slack = timing.millis(150);
                String ast2Mac = lab.mac(lab.node(2));

                assertThat(report.nodeBefore()).as(report.summary()).contains("ast1");
                assertThat(report.nodeAfter()).as(report.summary()).contains("ast2");
                assertThat(report.macAfter()).as("source MAC of ast2's first answer").contains(ast2Mac);
                assertThat(report.macAfter()).isNotEqualTo(lab.mac(lab.node(1)));
                assertThat(lab.neighbour(lab.client(), VIP)).as("client's neighbour entry for the VIP").contains(ast2Mac);
                // Requests sent up to one interval before the kill may be lost in kamailio's socket with it.
                assertThat(report.firstUnanswered()).as(report.summary()).hasValueSatisfying(t -> assertThat(t)
                        .isBetween(result.killed().minusMillis(20), result.killed().plus(slack)));
                assertThat(report.answeredAgain()).as(report.summary()).hasValueSatisfying(t -> assertThat(t)
                        .isBetween(result.kamailioStarted(), result.answering().plus(slack)));
                assertThat(report.outage()).as(report.summary())
                        .isGreaterThanOrEqualTo(Duration.between(result.killed(), result.kamailioStarted()))
                        .isGreaterThanOrEqualTo(Duration.ofMillis(300))
                        .isLessThanOrEqualTo(Duration.between(result.killed(), result.answering()).plus(slack));
                assertThat(report.lost()).as(report.summary()).isGreaterThanOrEqualTo(30);
                assertThat(report.twoNodesAnswered()).as(report.summary()).isFalse();
                assertThat(processNames(lab.node(1))).as("kill -9 takes kamailio's workers too").doesNotContain("kamailio");
            }
        }
    }

    private static List<String> processNames(Host host) {
        return Commands.run(List.of("ip", "netns", "pids", host.namespace())).output().lines()
                .map(pid -> ProcessHandle.of(Long.parseLong(pid.strip())).flatMap(p -> p.info().command()).orElse(""))
                .map(command -> command.substring(command.lastIndexOf('/') + 1))
                .toList();
    }

    @Test
    void vipOnBothNodesWithArpFlappingIsFlaggedAsTwoNodesAnswering() {
        try (NetworkLab lab = NetworkLab.create(2, LOGS)) {
            Host ast1 = lab.node(1);
            Host ast2 = lab.node(2);
            for (Host node : List.of(ast1, ast2)) {
                lab.addAddress(node, VIP);
                Kamailio.start(lab, node, VIP).awaitAnswering(timing.seconds(10));
            }
            lab.announce(ast1, VIP, 1, Duration.ofMillis(100));
            try (SipProber prober = SipProber.start(lab, VIP)) {
                Instant start = Instant.now();
                // A gratuitous ARP only updates an entry the client already has (arp_accept=0): answers first.
                await().atMost(timing.seconds(10)).until(() -> prober.timeline().lastAnswer().isPresent());
                for (Host claimer : List.of(ast1, ast2, ast1)) {
                    Instant since = Instant.now();
                    lab.announce(claimer, VIP, 2, Duration.ofMillis(100));
                    await().atMost(timing.seconds(10))
                            .until(() -> prober.timeline().answersFrom(claimer.name(), since) >= 5);
                }
                OutageReport report = prober.timeline().outageAround(start);

                assertThat(report.twoNodesAnswered()).as(report.summary()).isTrue();
                assertThat(report.twoNodesAnswering()).as(report.summary()).anySatisfy(two -> {
                    assertThat(List.of(two.first(), two.second())).containsExactlyInAnyOrder("ast1", "ast2");
                    assertThat(two.at()).isAfter(start);
                });
                await().atMost(timing.seconds(5)).until(() -> prober.lastMacOf("ast2").isPresent());
                assertThat(prober.lastMacOf("ast1")).contains(lab.mac(ast1));
                assertThat(prober.lastMacOf("ast2")).contains(lab.mac(ast2));
            }
        }
    }

    @Test
    void hungKamailioOnItsOwnAddressIsAnsweredLateAfterSigcont() {
        try (NetworkLab lab = NetworkLab.create(1, LOGS)) {
            Host ast1 = lab.node(1);
            Kamailio kamailio = Kamailio.start(lab, ast1, ast1.address());
            kamailio.awaitAnswering(timing.seconds(10));
            try (SipProber prober = SipProber.start(lab, ast1.address())) {
                Instant since = Instant.now();
                await().atMost(timing.seconds(10)).until(() -> prober.timeline().answersFrom("ast1", since) >= 10);

                // Each signal lands somewhere between the instants before and after sending it (kill is a fork).
                Instant pausing = Instant.now();
                kamailio.pause();
                Instant paused = Instant.now();
                await().atMost(timing.seconds(10)).until(() -> prober.timeline().unansweredSinceLastAnswer() >= 25);
                Instant resumed = Instant.now();
                kamailio.resume();
                Instant resumedBy = Instant.now();
                // Fresh requests answered: the late burst for the queued ones (answered in order) is all in by then.
                await().atMost(timing.seconds(10)).until(() -> prober.timeline().answeredSentAfter(resumedBy) >= 10);
                OutageReport report = prober.timeline().outageAround(pausing);

                assertThat(report.outage()).as(report.summary())
                        .isGreaterThanOrEqualTo(Duration.between(paused, resumed))
                        .isGreaterThanOrEqualTo(Duration.ofMillis(250))
                        .isLessThanOrEqualTo(Duration.between(pausing, resumedBy).plus(timing.millis(150)));
                assertThat(report.answeredAgain()).as(report.summary()).hasValueSatisfying(t -> assertThat(t)
                        .isAfterOrEqualTo(resumed));
                assertThat(report.lost()).as("the queued requests are answered late, not lost: " + report.summary())
                        .isZero();
                assertThat(report.nodeAfter()).contains("ast1");
                assertThat(report.twoNodesAnswered()).isFalse();
                await().atMost(timing.seconds(5)).until(() -> prober.lastMacOf("ast1").isPresent());
                assertThat(prober.lastMacOf("ast1")).contains(lab.mac(ast1));
            }
        }
    }
}
