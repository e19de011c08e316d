package io.hactl.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** CPU and memory of one node of a two-node cluster at keepalive 1 s, doing nothing else. */
final class Idle {
    private Idle() {}

    /** Linux USER_HZ: /proc times are in 1/100 s on every mainstream architecture. */
    private static final double TICKS_PER_SECOND = 100;

    static String run(Duration length, Path root, Path launcher) throws Exception {
        Files.createDirectories(root);
        try (Lab lab = new Lab(2, root, launcher, MembershipBench.IDLE)) {
            lab.startAll(Duration.ofSeconds(90));
            Thread.sleep(10_000); // JIT and start-up work settle first
            MembershipBench.ProcStat before = MembershipBench.ProcStat.of(lab.nodes[1]);
            long t0 = System.nanoTime();
            Thread.sleep(length.toMillis());
            MembershipBench.ProcStat after = MembershipBench.ProcStat.of(lab.nodes[1]);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = 100.0 * (after.cpuTicks() - before.cpuTicks()) / TICKS_PER_SECOND / seconds;
            return String.format("Idle node (2-node cluster, keepalive 1s) over %s: CPU %.2f %% of one core, RSS %d MB",
                    length, cpu, after.rssKb() / 1024);
        }
    }
}
