package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launchers an admin types, run as real processes against the packaged jar. */
class LauncherIT {
    static final Path HACTL = Path.of("../bin/hactl").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {}

    static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HACTL.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("hactl " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void printsItsVersion() throws Exception {
        Result result = run("--version");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("hactl ").doesNotContain("development build");
    }

    /** The shipped haresources example, with authkeys in the given mode (git keeps no modes). */
    private void copyHaresourcesExample(String authkeysMode) throws IOException {
        for (String name : List.of("ha.cf", "authkeys", "haresources")) {
            Files.copy(Path.of("../conf/asterisk-haresources", name), dir.resolve(name));
        }
        Files.setPosixFilePermissions(dir.resolve("authkeys"), PosixFilePermissions.fromString(authkeysMode));
    }

    @Test
    void verifiesTheShippedHaresourcesExample() throws Exception {
        copyHaresourcesExample("rw-------");

        Result result = run("config", "verify", "--dir", dir.toString(), "--node-name", "ast2");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Nodes:      ast1, ast2  (this node: ast2)",
                "group_IPaddr_150_214_153_235 prefers ast1: IPaddr_150_214_153_235 (IPaddr::150.214.153.235/24/eth0), asterisk (asterisk)");
    }

    @Test
    void refusesAWorldReadableAuthkeysWithExitOne() throws Exception {
        copyHaresourcesExample("rw-r--r--");

        Result result = run("config", "verify", "--dir", dir.toString(), "--node-name", "ast1");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains(dir + "/authkeys: mode 0644 (rw-r--r--) lets other users read or change the keys");
    }

    @Test
    void answersAUsageErrorWithExitTwo() throws Exception {
        Result result = run("config", "verify", "--dri", "/etc/ha.d");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown options: '--dri'");
    }
}
