package io.hactl.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run sip-outage-manual [--runs 10]}: the caller-visible outage of {@link ManualVipMove} with no wait
 * between the crash and the move, each run on a fresh lab so none inherits another's ARP or bridge state. The table
 * is the baseline with no cluster: what a failover costs once detection is instant, i.e. the move itself (ip, ARP,
 * kamailio start). Needs root, kamailio, arping and tcpdump.
 */
public final class ManualMoveBenchmark {

    private ManualMoveBenchmark() {}

    public static void main(String[] args) throws IOException {
        int runs = 10;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs") && i + 1 < args.length) {
                runs = Integer.parseInt(args[++i]);
            } else {
                System.err.println("usage: bench/run sip-outage-manual [--runs N]");
                System.exit(64);
            }
        }
        if (!NetworkLab.available()) {
            System.err.println("sip-outage-manual needs root and iproute2 (network namespaces)");
            System.exit(77);
        }
        Path logs = Files.createTempDirectory("hactl-sip-outage-");
        List<OutageReport> reports = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            try (NetworkLab lab = NetworkLab.create(2, logs.resolve("run-" + run))) {
                ManualVipMove move = new ManualVipMove(lab, ManualVipMove.Settings.immediate());
                move.setUp();
                try (SipProber prober = SipProber.start(lab, ManualVipMove.Settings.immediate().vip())) {
                    ManualVipMove.Result result = move.run(prober);
                    reports.add(result.report());
                    // Where the time went: the kill and the two ip commands, then kamailio's start until callers
                    // heard it (answering() is later: it includes the pinger JVM's own start).
                    System.out.printf("run %2d: %s; kill and VIP move %d ms, kamailio start to first caller answer %d ms%n",
                            run, result.report().summary(),
                            Duration.between(result.killed(), result.vipMoved()).toMillis(),
                            result.report().answeredAgain()
                                    .map(t -> Duration.between(result.kamailioStarted(), t).toMillis()).orElse(-1L));
                }
            }
        }
        System.out.println();
        System.out.println("SIP outage callers saw, kamailio kill -9 then manual VIP move (no cluster), "
                + "OPTIONS every 10 ms, " + Runtime.getRuntime().availableProcessors() + " cores:");
        System.out.print(new OutageTable().add("manual VIP move after kamailio kill -9", reports).render());
        System.out.println("logs: " + logs);
    }
}
