package io.hactl.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.config.Respawn;
import io.hactl.testing.TestTiming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ha.cf's respawn with real processes: restarted after a crash, left alone after exit 100, stopped with hactld. */
class RespawnerIT {
    private final TestTiming timing = TestTiming.fromSystemProperties();

    @TempDir
    Path dir;

    private Path script(String name, String body) throws Exception {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    @Test
    void restartsAKilledProgramWithItsEnvironmentAndStopsItWithTheDaemon() throws Exception {
        Path starts = dir.resolve("starts");
        Path program = script("ipfail", "echo \"$$ $HA_TEST\" >> " + starts + "\nexec sleep 1000");
        try (Respawner respawner = new Respawner(Map.of("HA_TEST", "from-env"), Duration.ofMillis(100), Clock.systemUTC())) {
            respawner.start(List.of(new Respawn(System.getProperty("user.name"), List.of(program.toString()), 1)));
            await().atMost(timing.seconds(10)).until(() -> lines(starts).size() == 1 && respawner.runningPids().size() == 1);
            long first = respawner.runningPids().get(0);
            assertThat(lines(starts).get(0)).endsWith(" from-env");

            new ProcessBuilder("kill", "-9", Long.toString(first)).start().waitFor();

            await().atMost(timing.seconds(10)).until(() -> lines(starts).size() == 2 && respawner.runningPids().size() == 1
                    && respawner.runningPids().get(0) != first);
            long second = respawner.runningPids().get(0);
            respawner.close();
            await().atMost(timing.seconds(10)).until(() -> ProcessHandle.of(second).map(p -> !p.isAlive()).orElse(true));
        }
    }

    @Test
    void leavesAloneAProgramThatExitsWith100() throws Exception {
        Path starts = dir.resolve("starts");
        Path program = script("oneshot", "echo started >> " + starts + "\nexit 100");
        try (Respawner respawner = new Respawner(Map.of(), Duration.ofMillis(50), Clock.systemUTC())) {
            respawner.start(List.of(new Respawn(System.getProperty("user.name"), List.of(program.toString()), 1)));
            await().atMost(timing.seconds(10)).until(() -> lines(starts).size() == 1);
            // Give a wrong restart the chance to happen: ten restart delays.
            await().during(Duration.ofMillis(500)).atMost(timing.seconds(5)).until(() -> lines(starts).size() == 1);
        }
    }

    @Test
    void givesUpOnAProgramThatKeepsDyingYoung() throws Exception {
        Path starts = dir.resolve("starts");
        Path program = script("crasher", "echo started >> " + starts + "\nexit 1");
        try (Respawner respawner = new Respawner(Map.of(), Duration.ofMillis(20), Clock.systemUTC())) {
            respawner.start(List.of(new Respawn(System.getProperty("user.name"), List.of(program.toString()), 1)));
            await().atMost(timing.seconds(10)).until(() -> lines(starts).size() == Respawner.MAX_YOUNG_DEATHS);
            await().during(Duration.ofMillis(400)).atMost(timing.seconds(5))
                    .until(() -> lines(starts).size() == Respawner.MAX_YOUNG_DEATHS);
        }
    }

    @Test
    void runsTheProgramAsTheUserNamed() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path who = shared.resolve("who");
        Path program = script("whoami-once", "id -un > " + who + "\nexit 100");
        try (Respawner respawner = new Respawner(Map.of(), Duration.ofMillis(50), Clock.systemUTC())) {
            respawner.start(List.of(new Respawn("nobody", List.of(program.toString()), 1)));
            await().atMost(timing.seconds(10)).until(() -> lines(who).equals(List.of("nobody")));
        }
    }
}
