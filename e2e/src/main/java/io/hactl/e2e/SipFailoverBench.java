package io.hactl.e2e;

import io.hactl.lab.OutageReport;
import io.hactl.lab.OutageTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench/run sip-failover [--runs 10] [--profile fast|seed|tight|both] [--cases 1,2,…]}: the caller-visible SIP outage of every
 * fault of {@link Fault} on the seed's two-node cluster (real hactld processes in network namespaces, kamailio
 * behind a VIP, a caller sending OPTIONS every 10 ms), each run on a fresh cluster; a Markdown table per profile,
 * plus the time from starting the daemons to the first SIP answer over every run.
 */
public final class SipFailoverBench {

    /** One row of the table: a fault on a cluster variant. */
    record Case(String label, ClusterSpec spec, Fault fault) {}

    private SipFailoverBench() {}

    static List<Case> cases(Profile profile) {
        ClusterSpec base = ClusterSpec.of(profile);
        return List.of(
                new Case(Fault.NODE_LOSS.label(), base, Fault.NODE_LOSS),
                new Case(Fault.HACTLD_CRASH.label(), base, Fault.HACTLD_CRASH),
                new Case("kamailio kill -9, migration-threshold 1 (moves)", base, Fault.SERVICE_CRASH),
                new Case("kamailio kill -9, migration-threshold 2 (restarts in place)", base.withMigrationThreshold(2),
                        Fault.SERVICE_CRASH),
                new Case(Fault.SERVICE_HANG.label() + ", monitor times out", base, Fault.SERVICE_HANG),
                new Case(Fault.STANDBY.label(), base, Fault.STANDBY),
                new Case("lost node comes back, auto_failback off (stays)", base, Fault.NODE_RETURN),
                new Case("lost node comes back, auto_failback on (moves back)", base.withAutoFailback(true),
                        Fault.NODE_RETURN));
    }

    public static void main(String[] args) throws Exception {
        int runs = 10;
        List<Profile> profiles = List.of(Profile.FAST, Profile.SEED);
        java.util.Set<Integer> only = java.util.Set.of();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs") && i + 1 < args.length) {
                runs = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--cases") && i + 1 < args.length) {
                only = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf)
                        .collect(java.util.stream.Collectors.toSet());
            } else if (args[i].equals("--profile") && i + 1 < args.length) {
                String p = args[++i];
                profiles = p.equals("both") ? profiles : List.of(Profile.named(p));
            } else {
                System.err.println("usage: bench/run sip-failover [--runs N] [--profile fast|seed|tight|both] [--cases 1,2,...]");
                System.exit(64);
            }
        }
        if (!SipCluster.available()) {
            System.err.println("sip-failover needs root, ip netns, kamailio, sipsak, tcpdump and arping");
            System.exit(77);
        }
        Path logs = Files.createTempDirectory("hactl-sip-failover-");
        System.out.println("logs: " + logs);
        List<String> tables = new ArrayList<>();
        for (Profile profile : profiles) {
            tables.add(measure(profile, runs, only, logs));
        }
        System.out.println();
        tables.forEach(System.out::println);
    }

    /** Every case of {@link #cases} in order, or only those numbered (from 1) in {@code only} when not empty. */
    private static String measure(Profile profile, int runs, java.util.Set<Integer> only, Path logs) {
        OutageTable table = new OutageTable();
        List<Duration> starts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int caseNumber = 0;
        for (Case c : cases(profile)) {
            caseNumber++;
            if (!only.isEmpty() && !only.contains(caseNumber)) {
                continue;
            }
            List<OutageReport> reports = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Path dir = logs.resolve(profile.name().split(" ")[0] + "-" + caseNumber + "-" + run);
                try {
                    FaultTrial.Result result = new FaultTrial(c.spec(), c.fault(), dir).run();
                    reports.add(result.report());
                    starts.add(result.startToFirstAnswer());
                    System.out.printf(Locale.ROOT, "%s, run %d: %s%n", c.label(), run, result.summary());
                } catch (RuntimeException e) {
                    failures.add(c.label() + ", run " + run + ": " + e.getMessage().lines().findFirst().orElse(""));
                    System.out.printf(Locale.ROOT, "%s, run %d: FAILED: %s%n", c.label(), run, e.getMessage());
                }
            }
            if (!reports.isEmpty()) {
                table.add(c.label(), reports);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("SIP outage callers saw, ").append(profile.name()).append(", 2 nodes, OPTIONS every 10 ms, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores:\n\n");
        out.append(table.render());
        List<Duration> sorted = starts.stream().sorted(Comparator.naturalOrder()).toList();
        if (!sorted.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nStart to first SIP answer (every run, %d): median %d ms, p95 %d ms,"
                    + " max %d ms%n", sorted.size(), sorted.get(sorted.size() / 2).toMillis(),
                    sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1).toMillis(),
                    sorted.get(sorted.size() - 1).toMillis()));
        }
        if (!failures.isEmpty()) {
            out.append("\nRuns that failed (not in the table):\n");
            failures.forEach(f -> out.append("  ").append(f).append('\n'));
        }
        return out.toString();
    }
}
