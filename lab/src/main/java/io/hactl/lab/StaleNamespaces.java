package io.hactl.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes namespaces left by lab runs that died before {@link NetworkLab#close()} (a JVM killed by a CI timeout, a
 * developer's Ctrl-C). A lab's namespaces are named {@code hlab-PID-RANDOM-ROLE}, PID being the JVM that built it.
 * One is stale when that JVM is gone and the namespace is older than {@code minimumAge}, or whatever the PID says
 * once it is older than {@code maximumAge} (a pid can be reused). The minimum age keeps us off a run we cannot see
 * (another pid namespace); anything younger than a run is left alone. Processes still inside a stale namespace are
 * killed by pid (they can only be a lab's: nothing else enters these namespaces), then the namespace is deleted.
 */
public final class StaleNamespaces {

    static final String PREFIX = "hlab-";
    private static final Path NETNS_DIR = Path.of("/run/netns");

    private final Duration minimumAge;
    private final Duration maximumAge;
    private final Clock clock;

    public StaleNamespaces(Duration minimumAge, Duration maximumAge, Clock clock) {
        this.minimumAge = minimumAge;
        this.maximumAge = maximumAge;
        this.clock = clock;
    }

    /** Longer than any test run or benchmark we have; a day for pid reuse. */
    public static StaleNamespaces olderThanARun() {
        return new StaleNamespaces(Duration.ofMinutes(30), Duration.ofDays(1), Clock.systemUTC());
    }

    /** Deletes the stale namespaces and returns their names. */
    public List<String> sweep() {
        List<String> removed = new ArrayList<>();
        for (String name : labNamespaces()) {
            if (isStale(name, created(name), clock.instant())) {
                Commands.run(List.of("ip", "netns", "pids", name)).output().lines()
                        .filter(pid -> pid.matches("\\d+"))
                        .forEach(pid -> Commands.run(List.of("kill", "-s", "KILL", pid)));
                if (Commands.run(List.of("ip", "netns", "del", name)).succeeded()) {
                    removed.add(name);
                }
            }
        }
        return removed;
    }

    boolean isStale(String name, Optional<Instant> created, Instant now) {
        if (!name.startsWith(PREFIX) || created.isEmpty()) {
            return false;
        }
        Duration age = Duration.between(created.get(), now);
        boolean creatorGone = creator(name).flatMap(ProcessHandle::of).map(p -> !p.isAlive()).orElse(true);
        return age.compareTo(maximumAge) > 0 || (creatorGone && age.compareTo(minimumAge) > 0);
    }

    /** The pid in {@code hlab-PID-…}, if the name has one. */
    static Optional<Long> creator(String name) {
        String[] parts = name.split("-");
        if (parts.length < 3 || !parts[1].matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(parts[1]));
    }

    private static List<String> labNamespaces() {
        return Commands.run(List.of("ip", "netns", "list")).orThrow().output().lines()
                .map(line -> line.split(" ")[0])
                .filter(name -> name.startsWith(PREFIX))
                .toList();
    }

    /** {@code ip netns add} creates /run/netns/NAME: its modification time is when the namespace was made. */
    private static Optional<Instant> created(String name) {
        try {
            return Optional.of(Files.getLastModifiedTime(NETNS_DIR.resolve(name)).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
