package io.hactl.cli;

import static io.hactl.cli.LauncherIT.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.cli.LauncherIT.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hactl resource exec|agents|meta} as an admin runs them: the launcher, the packaged jar, real agents. */
class ResourceCommandIT {
    private static final String OCF_ROOT = Path.of("../resource-agents/ocf").toAbsolutePath().normalize().toString();

    @TempDir
    Path dir;

    private Result exec(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("resource", "exec", "--ocf-root", OCF_ROOT));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    @Test
    void execRunsOneActionAndExitsWithTheAgentsRc() throws Exception {
        String state = "state=" + dir.resolve("dummy.state");

        Result start = exec("ocf:hactl:Dummy", "start", state);
        Result monitor = exec("ocf:hactl:Dummy", "monitor", state, "--interval", "10s", "--check-level", "10");
        Result stop = exec("ocf:hactl:Dummy", "stop", state);
        Result probe = exec("ocf:hactl:Dummy", "monitor", state);

        assertThat(start.out()).as(start.err()).matches("start ocf:hactl:Dummy: rc=0 \\(ok\\) in \\d+ ms\\R");
        assertThat(List.of(start.exit(), monitor.exit(), stop.exit(), probe.exit())).containsExactly(0, 0, 0, 7);
        assertThat(probe.out()).startsWith("monitor ocf:hactl:Dummy: rc=7 (not running) in ");
        assertThat(start.err()).as("nothing to warn about").isEmpty();
    }

    @Test
    void execPrintsTheAgentsOutputAndExitReason() throws Exception {
        Result invalid = exec("ocf:hactl:Dummy", "validate-all", "op_sleep=soon");

        assertThat(invalid.exit()).isEqualTo(6);
        assertThat(invalid.out()).contains("validate-all ocf:hactl:Dummy: rc=6 (not configured)",
                "exit-reason: op_sleep must be a whole number of seconds, not 'soon'");
        assertThat(invalid.err()).contains("hactl: error: Dummy: parameter 'op_sleep' must be an integer, got 'soon'");
    }

    @Test
    void traceWritesTheAgentsShellTraceAsTraceRaDoes() throws Exception {
        String name = "hactl-trace-" + ProcessHandle.current().pid();
        Path traces = Path.of("/var/lib/heartbeat/trace_ra/Dummy");

        Result result = exec("ocf:hactl:Dummy", "monitor", "state=" + dir.resolve("t.state"), "--trace",
                "--resource", name);

        assertThat(result.exit()).as(result.err()).isEqualTo(7);
        assertThat(result.err()).as("trace_ra is no unknown parameter").doesNotContain("unknown parameter");
        assertThat(result.out()).contains("trace: /var/lib/heartbeat/trace_ra/Dummy/" + name + ".monitor.*");
        try (var files = Files.list(traces)) {
            List<Path> mine = files.filter(f -> f.getFileName().toString().startsWith(name + ".monitor.")).toList();
            assertThat(mine).as("trace files in %s", traces).hasSize(1);
            assertThat(Files.readString(mine.get(0))).contains("dummy_monitor");
            Files.delete(mine.get(0));
        }
    }

    @Test
    void aTimeoutExits124AndSaysSo() throws Exception {
        Result result = exec("ocf:hactl:Dummy", "start", "op_sleep=30", "state=" + dir.resolve("s"), "--timeout", "500ms");

        assertThat(result.exit()).isEqualTo(124);
        assertThat(result.out()).startsWith("start ocf:hactl:Dummy: TIMEOUT in ").contains("timed out after 500ms");
        assertThat(result.err()).contains("start timeout 500ms is below the 20s that ocf:hactl:Dummy advises");
    }

    @Test
    void aMissingAgentIsNotInstalledWithItsPath() throws Exception {
        Result result = exec("ocf:hactl:Nonesuch", "start");

        assertThat(result.exit()).isEqualTo(5);
        assertThat(result.out()).contains("rc=5 (not installed)", OCF_ROOT + "/resource.d/hactl/Nonesuch does not exist");
    }

    @Test
    void lsbScriptsAnswerInOcfTerms() throws Exception {
        Path script = dir.resolve("pbx");
        Files.writeString(script, "#!/bin/sh\n[ \"$1\" = status ] && { echo 'pbx is stopped'; exit 3; }\nexit 0\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result result = run("resource", "exec", "--init-dir", dir.toString(), "lsb:pbx", "monitor");

        assertThat(result.exit()).isEqualTo(7);
        assertThat(result.out()).isEqualTo("monitor lsb:pbx: rc=7 (not running) in " + result.out().replaceAll("(?s).* in (\\d+) ms.*", "$1")
                + " ms\npbx is stopped\n");
    }

    @Test
    void badArgumentsAreUsageErrorsThatSayWhatWasExpected() throws Exception {
        Result notAnAgent = exec("Dummy", "start");
        Result notAParameter = exec("ocf:hactl:Dummy", "start", "state");
        Result notATime = exec("ocf:hactl:Dummy", "start", "--timeout", "soon");
        Result noAction = exec("ocf:hactl:Dummy");

        assertThat(List.of(notAnAgent.exit(), notAParameter.exit(), notATime.exit(), noAction.exit()))
                .containsOnly(2);
        assertThat(notAnAgent.err()).contains("'Dummy' is not an agent name; expected ocf:PROVIDER:TYPE, lsb:NAME or heartbeat:NAME");
        assertThat(notAParameter.err()).contains("'state': parameters are written NAME=VALUE");
        assertThat(notATime.err()).contains("--timeout 'soon' is not a time; expected e.g. 20s, 500ms, 2min");
    }

    @Test
    void agentsListsWhatIsInstalled() throws Exception {
        Result ours = run("resource", "agents", "--ocf-root", OCF_ROOT, "ocf:hactl");
        Result clusterLabs = run("resource", "agents", "ocf:heartbeat");
        Result badClass = run("resource", "agents", "systemd");

        assertThat(ours.exit()).isZero();
        assertThat(ours.out().lines()).containsExactly("ocf:hactl:Dummy", "ocf:hactl:IPaddr", "ocf:hactl:IPaddr2",
                "ocf:hactl:asterisk", "ocf:hactl:kamailio");
        assertThat(clusterLabs.out().lines()).contains("ocf:heartbeat:IPaddr2", "ocf:heartbeat:Dummy");
        assertThat(badClass.exit()).isEqualTo(2);
        assertThat(badClass.err()).contains("unknown agent class 'systemd'; expected ocf, lsb or heartbeat");
    }

    @Test
    void metaShowsParametersAndAdvice() throws Exception {
        Result result = run("resource", "meta", "--ocf-root", OCF_ROOT, "ocf:hactl:IPaddr2");
        Result xml = run("resource", "meta", "--ocf-root", OCF_ROOT, "--xml", "ocf:hactl:asterisk");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("ocf:hactl:IPaddr2 - Virtual IPv4 address with gratuitous ARP\n")
                .contains("Parameters (* = required):", "  ip*", "IPv4 address (string, unique)",
                        "Gratuitous ARP count (integer, default 5)",
                        "  monitor        timeout 20s interval 10s depth 10");
        assertThat(xml.out()).startsWith("<?xml").contains("<parameter name=\"sip_address\">");
    }

    @Test
    void helpDescribesTheResourceCommands() throws Exception {
        Result result = run("help", "resource");

        assertThat(result.out()).contains("exec", "Run one agent action on this node", "agents", "meta");
    }
}
