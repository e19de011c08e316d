package io.hactl.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Three nodes at keepalive 200 ms / deadtime 1 s while two busy loops saturate both cores: count false deaths. */
final class Soak {
    private Soak() {}

    static String run(Duration length, Path root, Path launcher) throws Exception {
        Files.createDirectories(root);
        try (Lab lab = new Lab(3, root, launcher, MembershipBench.SOAK)) {
            lab.startAll(Duration.ofSeconds(60));
            long from = System.nanoTime();
            List<Process> hogs = new ArrayList<>();
            int cores = Runtime.getRuntime().availableProcessors();
            for (int i = 0; i < cores; i++) {
                hogs.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
            }
            try {
                Thread.sleep(length.toMillis());
            } finally {
                hogs.forEach(Process::destroyForcibly);
            }
            long dead = 0;
            long late = 0;
            for (int i = 1; i <= 3; i++) {
                dead += lab.nodes[i].lines().stream().filter(l -> l.readNanos() >= from && l.text().contains(" dead:")).count();
                late += lab.nodes[i].lines().stream().filter(l -> l.readNanos() >= from && l.text().contains("late heartbeat")).count();
            }
            return String.format("Soak %s, 3 nodes, keepalive 200ms / deadtime 1s, %d busy loops on %d cores: "
                    + "false dead declarations = %d, late-heartbeat warnings = %d", length, cores, cores, dead, late);
        }
    }
}
