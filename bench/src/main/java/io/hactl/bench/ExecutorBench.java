package io.hactl.bench;

import io.hactl.executor.AgentDirectories;
import io.hactl.executor.ExecutorSettings;
import io.hactl.executor.OcfRc;
import io.hactl.executor.Operation;
import io.hactl.executor.OperationResult;
import io.hactl.executor.Primitive;
import io.hactl.executor.ResourceExecutor;
import io.hactl.executor.ThreadScheduling;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Executor benchmark: {@code bench/run executor [--ops N] [--monitors N] [--interval 1s] [--duration 30s]}.
 *
 * <ol>
 *   <li>Overhead per operation for a trivial agent ({@code exit 0}), run one after another: the executor's
 *       time (queue, setsid, environment, output capture, rc mapping) against a bare
 *       {@code ProcessBuilder} fork/exec/wait of the same script. p50/p99 in ms.</li>
 *   <li>N recurring monitors of that agent at the interval, for the duration: CPU used by this JVM (the
 *       daemon side), measured against the same JVM idle for the same time, and by the agents themselves
 *       (children's CPU from /proc/self/stat), as a percentage of one core.</li>
 * </ol>
 */
public final class ExecutorBench {
    private static final double TICKS_PER_SECOND = 100;

    public static void main(String[] args) throws Exception {
        int ops = Integer.parseInt(option(args, "--ops", "500"));
        int monitors = Integer.parseInt(option(args, "--monitors", "200"));
        Duration interval = Duration.parse("PT" + option(args, "--interval", "1s"));
        Duration duration = Duration.parse("PT" + option(args, "--duration", "30s"));

        Path root = Files.createTempDirectory("hactl-bench-executor");
        Path agent = root.resolve("resource.d/bench/trivial");
        Files.createDirectories(agent.getParent());
        Files.writeString(agent, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("rwxr-xr-x"));
        AgentDirectories directories = AgentDirectories.standard().withOcfRoot(root);

        System.out.printf("hactl executor benchmark: %d cores, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        try (ThreadScheduling scheduling = ThreadScheduling.systemClock();
                ResourceExecutor executor = new ResourceExecutor(directories,
                        ExecutorSettings.defaults().withoutOperationLog(), scheduling, System.getenv())) {
            overhead(executor, agent, ops);
            monitors(executor, monitors, interval, duration);
        }
    }

    private static void overhead(ResourceExecutor executor, Path agent, int ops) throws Exception {
        Primitive trivial = Primitive.of("trivial", "ocf:bench:trivial", Map.of());
        Latencies bare = new Latencies();
        Latencies bareSetsid = new Latencies();
        Latencies viaExecutor = new Latencies();
        for (int i = 0; i < ops + ops / 10; i++) {   // the first tenth warms up the JIT and page cache
            boolean warm = i >= ops / 10;
            long t0 = System.nanoTime();
            runBare(agent.toString(), "monitor");
            long t1 = System.nanoTime();
            runBare("/usr/bin/setsid", agent.toString(), "monitor");
            long t2 = System.nanoTime();
            OperationResult result = executor.execute(trivial, Operation.of("monitor", Duration.ofSeconds(20))).join();
            long t3 = System.nanoTime();
            if (!result.answered(OcfRc.OK)) {
                throw new IllegalStateException("trivial agent failed: " + result.outcome());
            }
            if (warm) {
                bare.add(Duration.ofNanos(t1 - t0));
                bareSetsid.add(Duration.ofNanos(t2 - t1));
                viaExecutor.add(Duration.ofNanos(t3 - t2));
            }
        }
        System.out.println();
        System.out.printf("Per operation, trivial agent (exit 0), %d sequential operations%n", ops);
        System.out.printf("  %-44s %8s %8s%n", "", "p50 ms", "p99 ms");
        System.out.printf("  %-44s %8.2f %8.2f%n", "bare ProcessBuilder fork/exec/wait", ms(bare, 50), ms(bare, 99));
        System.out.printf("  %-44s %8.2f %8.2f%n", "bare ProcessBuilder, via setsid", ms(bareSetsid, 50),
                ms(bareSetsid, 99));
        System.out.printf("  %-44s %8.2f %8.2f%n", "executor (setsid, env, capture, rc mapping)",
                ms(viaExecutor, 50), ms(viaExecutor, 99));
        System.out.printf("  %-44s %8.2f %8.2f%n", "executor overhead", ms(viaExecutor, 50) - ms(bare, 50),
                ms(viaExecutor, 99) - ms(bare, 99));
    }

    private static void monitors(ResourceExecutor executor, int count, Duration interval, Duration duration)
            throws Exception {
        CpuSample idleStart = CpuSample.now();
        new CountDownLatch(1).await(duration.toMillis(), TimeUnit.MILLISECONDS); // the JVM alone, for comparison
        CpuSample idleEnd = CpuSample.now();

        long before = executor.counters().completed();
        for (int i = 0; i < count; i++) {
            Primitive resource = Primitive.of("mon" + i, "ocf:bench:trivial", Map.of());
            // Spread the first runs over one interval, as a node's probes would be.
            executor.startMonitor(resource, Operation.monitor(interval, Duration.ofSeconds(20))
                    .withStartDelay(interval.multipliedBy(i).dividedBy(count)));
        }
        new CountDownLatch(1).await(interval.toMillis(), TimeUnit.MILLISECONDS); // let every monitor start
        long startRuns = executor.counters().completed();
        CpuSample start = CpuSample.now();
        new CountDownLatch(1).await(duration.toMillis(), TimeUnit.MILLISECONDS);
        CpuSample end = CpuSample.now();
        long runs = executor.counters().completed() - startRuns;
        for (int i = 0; i < count; i++) {
            executor.cancelMonitors("mon" + i);
        }

        double seconds = duration.toNanos() / 1e9;
        double expected = count * seconds / (interval.toNanos() / 1e9);
        System.out.println();
        System.out.printf("%d recurring monitors every %s for %s (%d runs, %.0f expected; %d timed out;"
                        + " longest queue wait %d ms; %d runs before measuring)%n",
                count, fmt(interval), fmt(duration), runs, expected, executor.counters().timedOut(),
                executor.counters().longestQueued().toMillis(), startRuns - before);
        double jvm = percent(end.jvmNanos - start.jvmNanos, duration);
        double idle = percent(idleEnd.jvmNanos - idleStart.jvmNanos, duration);
        double agents = (end.childTicks - start.childTicks) / TICKS_PER_SECOND / seconds * 100;
        System.out.printf("  %-44s %7.1f %% of one core%n", "daemon side (this JVM), with monitors", jvm);
        System.out.printf("  %-44s %7.1f %% of one core%n", "same JVM idle (baseline)", idle);
        System.out.printf("  %-44s %7.1f %% of one core%n", "executor cost (difference)", jvm - idle);
        System.out.printf("  %-44s %7.1f %% of one core%n", "the agents themselves (sh, exit 0)", agents);
        System.out.printf("  %-44s %7.3f ms%n", "daemon-side CPU per monitor run", runs == 0 ? 0
                : (end.jvmNanos - start.jvmNanos - (idleEnd.jvmNanos - idleStart.jvmNanos)) / 1e6 / runs);
    }

    private static void runBare(String... command) throws Exception {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        process.getInputStream().readAllBytes();
        process.waitFor();
    }

    private static double percent(long cpuNanos, Duration wall) {
        return cpuNanos * 100.0 / wall.toNanos();
    }

    private static double ms(Latencies latencies, double p) {
        return latencies.percentile(p).toNanos() / 1e6;
    }

    private static String fmt(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** CPU used so far by this JVM and by its reaped children (the agents). */
    private record CpuSample(long jvmNanos, long childTicks) {
        static CpuSample now() throws Exception {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After "pid (comm)": state is field 3, so cutime (16) and cstime (17) are at indexes 13 and 14.
            long children = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return new CpuSample(os.getProcessCpuTime(), children);
        }
    }
}
