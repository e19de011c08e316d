package io.hactl.bench;

import io.hactl.testing.HactldProcess;
import io.hactl.testing.NetnsLab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run membership [--trials N] [--soak DURATION] [--sizes 3,8,16,32|none] [--idle DURATION]} (a zero
 * duration skips that part): real hactld
 * processes in network namespaces; prints detection latencies after kill -9, SIGSTOP and link loss, false dead
 * declarations under a CPU hog, idle CPU and RSS, and detection by cluster size.
 */
public final class MembershipBench {

    static final List<String> FAST = List.of("keepalive 100ms", "warntime 300ms", "deadtime 500ms", "initdead 5");
    static final List<String> SOAK = List.of("keepalive 200ms", "warntime 600ms", "deadtime 1", "initdead 5");
    static final List<String> IDLE = List.of("keepalive 1", "warntime 10", "deadtime 30", "initdead 30");

    enum Fault { KILL, STOP, LINK }

    /** {@code 10m}, {@code 90s}, or a bare number of seconds ({@code 0} skips the part). */
    static Duration duration(String text) {
        return Duration.parse("PT" + (text.matches("\\d+") ? text + "S" : text.toUpperCase()));
    }

    public static void main(String[] args) throws Exception {
        int trials = 20;
        Duration soak = Duration.ofMinutes(10);
        Duration idle = Duration.ofSeconds(60);
        List<Integer> sizes = List.of(3, 8, 16, 32);
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--trials" -> trials = Integer.parseInt(args[i + 1]);
                case "--soak" -> soak = duration(args[i + 1]);
                case "--idle" -> idle = duration(args[i + 1]);
                case "--sizes" -> sizes = args[i + 1].equals("none") ? List.of()
                        : java.util.Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!NetnsLab.available()) {
            System.err.println("membership bench needs root and ip netns");
            System.exit(2);
        }
        Path launcher = Path.of(System.getProperty("hactl.launcher", "bin/hactld")).toAbsolutePath();
        Path root = Files.createTempDirectory("hactl-bench-membership");
        System.out.println("logs: " + root);
        List<String> table = new ArrayList<>();
        table.add(Latencies.header());
        for (int size : sizes) {
            int perFault = size == 3 ? trials : Math.max(5, trials / 4);
            for (Fault fault : Fault.values()) {
                String name = String.format("%s, %d nodes, 100/500ms", fault.name().toLowerCase(), size);
                String row;
                try {
                    row = detection(size, fault, perFault, root.resolve(size + "-" + fault), launcher).row(name);
                } catch (IllegalStateException e) {
                    // On an overloaded machine a large cluster may never settle: say so and go on measuring.
                    row = String.format("%-34s %s", name, e.getMessage());
                }
                System.out.println(row);
                table.add(row);
            }
        }
        String soakRow = soak.isZero() ? "Soak skipped" : Soak.run(soak, root.resolve("soak"), launcher);
        String idleRow = idle.isZero() ? "Idle skipped" : Idle.run(idle, root.resolve("idle"), launcher);
        System.out.println();
        System.out.println("Detection latency from fault injection to the dc's \"NODE dead:\" log line");
        table.forEach(System.out::println);
        System.out.println();
        System.out.println(soakRow);
        System.out.println(idleRow);
    }

    /**
     * Node 1 (the dc) observes; the highest-numbered node is the victim, so views survive the fault. A killed
     * victim is restarted, a stopped one continued, a cut link restored, and the next trial waits until it is back.
     */
    static Latencies detection(int size, Fault fault, int trials, Path root, Path launcher) throws Exception {
        Latencies latencies = new Latencies();
        Files.createDirectories(root);
        try (Lab lab = new Lab(size, root, launcher, FAST)) {
            lab.startAll(Duration.ofSeconds(60));
            int victim = size;
            String deadLine = "ast" + victim + " dead:";
            for (int t = 0; t < trials; t++) {
                long before = System.nanoTime();
                switch (fault) {
                    case KILL -> lab.nodes[victim].signal("KILL");
                    case STOP -> lab.nodes[victim].signal("STOP");
                    case LINK -> lab.netns.linkDown(victim);
                }
                long injected = System.nanoTime();
                long at = before + (injected - before) / 2;
                try {
                    Lab.waitFor(() -> lab.firstSince(1, at, l -> l.contains(deadLine)).isPresent(), Duration.ofSeconds(10),
                            deadLine);
                    latencies.add(Duration.ofNanos(lab.firstSince(1, at, l -> l.contains(deadLine)).orElseThrow().readNanos() - at));
                } catch (IllegalStateException e) {
                    latencies.missed();
                }
                long back = System.nanoTime();
                switch (fault) {
                    case KILL -> {
                        lab.nodes[victim].process().waitFor();
                        lab.start(victim);
                    }
                    case STOP -> lab.nodes[victim].signal("CONT");
                    case LINK -> lab.netns.linkUp(victim);
                }
                Lab.waitFor(() -> lab.firstSince(1, back, l -> io.hactl.testing.LogLines.about(l, "ast" + victim)
                        && l.contains("node joined")).isPresent(), Duration.ofSeconds(60), "ast" + victim + " back");
            }
        }
        return latencies;
    }

    /** Process time (user + system) and RSS of a process, from /proc. */
    record ProcStat(long cpuTicks, long rssKb) {
        static ProcStat of(HactldProcess p) throws java.io.IOException {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            long rss = Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst()
                    .orElse(0);
            return new ProcStat(ticks, rss);
        }
    }
}
