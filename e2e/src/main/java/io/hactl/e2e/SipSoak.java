package io.hactl.e2e;

import io.hactl.lab.OutageReport;
import io.hactl.lab.Reply;
import io.hactl.lab.SipProber;
import io.hactl.lab.Timeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code bench/run sip-soak [--duration 10m]}: the fast profile's cluster left alone while both cores are kept busy
 * (one spinning thread per core), a caller probing every 10 ms. A false failover is any answer from another node
 * than ast1, or any hactld declaring a peer dead; the longest gap between answers shows what the load cost callers.
 */
public final class SipSoak {

    private SipSoak() {}

    public static void main(String[] args) throws Exception {
        Duration duration = Duration.ofMinutes(10);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--duration") && i + 1 < args.length) {
                duration = Duration.parse("PT" + args[++i].toUpperCase(java.util.Locale.ROOT));
            } else {
                System.err.println("usage: bench/run sip-soak [--duration 10m]");
                System.exit(64);
            }
        }
        if (!SipCluster.available()) {
            System.err.println("sip-soak needs root, ip netns, kamailio, sipsak, tcpdump and arping");
            System.exit(77);
        }
        Path logs = Files.createTempDirectory("hactl-sip-soak-");
        System.out.println("logs: " + logs);
        try (SipCluster cluster = SipCluster.create(ClusterSpec.of(Profile.FAST), logs);
             SipProber prober = SipProber.start(cluster.lab(), cluster.vip(),
                     5060, new SipProber.Settings(Duration.ofMillis(10), duration.plusMinutes(5)))) {
            cluster.startAll();
            waitFor(() -> prober.timeline().answersFrom("ast1", Instant.EPOCH) > 0, Duration.ofMinutes(2));
            waitFor(cluster::announcementsDone, Duration.ofMinutes(1));
            Instant from = Instant.now();
            List<Thread> spinners = spin(Runtime.getRuntime().availableProcessors());
            System.out.printf("soaking %s with %d cores busy%n", duration, spinners.size());
            Thread.sleep(duration.toMillis());
            spinners.forEach(Thread::interrupt);
            prober.close();
            Timeline timeline = prober.timeline();
            Map<String, Long> answers = timeline.probes().stream().flatMap(p -> p.replies().stream())
                    .filter(r -> r.received().isAfter(from))
                    .collect(Collectors.groupingBy(Reply::node, Collectors.counting()));
            OutageReport report = timeline.outageAround(from);
            long deaths = 0;
            for (int n = 1; n <= 2; n++) {
                deaths += cluster.daemon(n).lines().stream()
                        .filter(l -> l.read().isAfter(from) && l.text().contains(" dead: ")).count();
            }
            System.out.printf("answers by node: %s; longest gap between answers %d ms; %d of %d requests lost;"
                            + " peers declared dead: %d; two nodes answering: %d%n", answers,
                    report.outage().toMillis(), report.lost(), report.sent(), deaths,
                    report.twoNodesAnswering().size());
            boolean falseFailover = deaths > 0 || answers.keySet().stream().anyMatch(n -> !n.equals("ast1"));
            System.out.println(falseFailover ? "FALSE FAILOVER" : "no false failover");
            System.exit(falseFailover ? 1 : 0);
        }
    }

    private static List<Thread> spin(int cores) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < cores; i++) {
            Thread t = new Thread(() -> {
                long x = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    x += System.nanoTime() % 7;
                }
                if (x == 42) {
                    System.out.print("");
                }
            }, "spinner-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        return threads;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) {
        if (!Waiting.until(condition, timeout)) {
            throw new IllegalStateException("the cluster did not start answering within " + timeout);
        }
    }
}
