package io.hactl.bench;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.xml.CibFiles;
import io.hactl.scheduler.RandomCib;
import io.hactl.scheduler.Scheduler;
import io.hactl.scheduler.Transition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Scheduling time on generated clusters (groups, location, colocation and order constraints mixed; about 45 % of
 * the resources running): hactl's scheduler in-process once warm, the whole {@code hactl simulate} process (JVM
 * start, parse, schedule, print), and Pacemaker's {@code crm_simulate -R} on the same file. Medians.
 */
public final class SchedulerBenchmark {
    private static final Instant NOW = Instant.ofEpochSecond(RandomCib.NOW);
    private static final Path HACTL = Path.of("bin", "hactl");
    private static final Path CRM_SIMULATE = Path.of("/usr/sbin/crm_simulate");
    private static final long PROCESS_TIMEOUT_SECONDS = 300;

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? parse(args[0]) : new int[] {10, 100, 1000, 10000};
        int[] nodeCounts = args.length > 1 ? parse(args[1]) : new int[] {2, 16, 32};
        Path dir = Path.of("bench", "target", "scheduler-cibs");
        Files.createDirectories(dir);
        System.out.printf("%-10s %-6s %12s %14s %16s %15s%n", "resources", "nodes", "cib.xml (KB)",
                "hactl warm ms", "hactl process ms", "crm_simulate ms");
        for (int size : sizes) {
            for (int nodes : nodeCounts) {
                Path file = dir.resolve("cib-" + size + "x" + nodes + ".xml");
                Files.writeString(file, RandomCib.generate(size * 100L + nodes, RandomCib.Shape.benchmark(size, nodes)));
                CibSnapshot cib = new CibFiles().load(file).get();
                double warm = warm(cib);
                double process = median(3, List.of(HACTL.toString(), "simulate", "--cib", file.toString(), "--json",
                        "--now", Long.toString(RandomCib.NOW)));
                double pacemaker = Files.isExecutable(CRM_SIMULATE)
                        ? median(size >= 10000 ? 1 : 3, List.of(CRM_SIMULATE.toString(), "-R", "-x", file.toString(),
                                "-t", NOW.toString()))
                        : Double.NaN;
                System.out.printf("%-10d %-6d %12d %14.2f %16.0f %15s%n", cib.resources().size(), nodes,
                        Files.size(file) / 1024, warm, process,
                        Double.isNaN(pacemaker) ? "n/a" : pacemaker < 0 ? ">" + PROCESS_TIMEOUT_SECONDS * 1000
                                : String.format("%.0f", pacemaker));
            }
        }
    }

    private static int[] parse(String list) {
        return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    /** Median of repeated in-process runs after the JIT has warmed up on the same input. */
    private static double warm(CibSnapshot cib) {
        Scheduler scheduler = new Scheduler();
        long warmUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        int warmRuns = 0;
        Transition last = null;
        while (System.nanoTime() < warmUntil || warmRuns < 5) {
            last = scheduler.schedule(cib, NOW);
            warmRuns++;
        }
        int runs = Math.max(5, Math.min(51, warmRuns));
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = scheduler.schedule(cib, NOW);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        if (last.placement().size() != cib.resources().size()) {
            throw new IllegalStateException("the scheduler lost resources");
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }

    /** Median wall-clock time of a whole process, output discarded; negative when it timed out. */
    private static double median(int runs, List<String> command) throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited " + process.exitValue());
            }
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }
}
