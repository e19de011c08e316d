package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ocf:hactl:asterisk through the executor. Asterisk is not packaged in Debian 12, so the agent drives a
 * stand-in {@code asterisk} executable (resource-agents/tests/asterisk-standin) that implements the CLI
 * calls the agent makes ({@code -rx "core show version"}, {@code "module show like sip"},
 * {@code "core stop gracefully"}) and runs a real SIP server, kamailio (Debian package), as the PBX: the
 * agent's listening-port check and its SIP OPTIONS probe (sent with sipp, Debian's sip-tester) talk to
 * real SIP over UDP on 127.0.0.1.
 */
class AsteriskAgentIT {
    /** Short on purpose: the agent gives each CLI call and the OPTIONS probe a quarter of it (1 s). */
    private static final Duration MONITOR_TIMEOUT = Duration.ofSeconds(4);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;
    private ThreadScheduling scheduling;
    private ResourceExecutor executor;
    private Primitive pbx;
    private Path pidfile;

    @BeforeEach
    void configure() throws IOException {
        scheduling = ThreadScheduling.systemClock();
        executor = new ResourceExecutor(TestAgents.sourceTree(), ExecutorSettings.defaults(), scheduling,
                System.getenv());
        int sipPort;
        try (DatagramSocket probe = new DatagramSocket(0)) {
            sipPort = probe.getLocalPort();
        }
        pidfile = tmp.resolve("run/asterisk.pid");
        Path config = tmp.resolve("asterisk.conf");
        Files.writeString(config, "pidfile=" + pidfile + "\nsip_address=127.0.0.1\nsip_port=" + sipPort
                + "\nlog=" + tmp.resolve("pbx.log") + "\n");
        pbx = Primitive.of("failover-asterisk", "ocf:hactl:asterisk", Map.of(
                "binary", TestAgents.sourceTreeFile("tests/asterisk-standin").toString(),
                "config", config.toString(), "user", "root", "group", "root", "pidfile", pidfile.toString(),
                "sip_address", "127.0.0.1", "sip_port", Integer.toString(sipPort), "monitor_sip", "true",
                "additional_parameters", "-g"));
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (Files.exists(pidfile)) {
            long pid = Long.parseLong(Files.readString(pidfile).strip());
            ProcessHandle.of(pid).ifPresent(main -> {
                signal("CONT", main);
                main.children().forEach(child -> signal("CONT", child));
            });
        }
        executor.execute(pbx, Operation.of("stop", TIMEOUT)).join();
        executor.close();
        scheduling.close();
    }

    private OperationResult run(String action) {
        Duration timeout = action.equals("monitor") ? MONITOR_TIMEOUT : TIMEOUT;
        OperationResult result = executor.execute(pbx, Operation.of(action, timeout)).join();
        assertThat(result.status()).as("%s: %s", action, result.outcome()).isEqualTo(ExecStatus.DONE);
        return result;
    }

    @Test
    void startsMonitorsAndStopsThePbx() throws IOException {
        assertThat(run("monitor").rc()).as("probe before start").isEqualTo(OcfRc.NOT_RUNNING);
        assertThat(run("start").rc()).isEqualTo(OcfRc.OK);
        assertThat(run("start").rc()).as("start is idempotent").isEqualTo(OcfRc.OK);
        assertThat(run("monitor").rc()).isEqualTo(OcfRc.OK);
        assertThat(Files.readString(tmp.resolve("pbx.log"))).contains("started with options: -g");

        assertThat(run("stop").rc()).isEqualTo(OcfRc.OK);
        assertThat(run("monitor").rc()).isEqualTo(OcfRc.NOT_RUNNING);
        assertThat(run("stop").rc()).as("stop is idempotent").isEqualTo(OcfRc.OK);
    }

    @Test
    void aHungPbxFailsTheMonitorWithTheReason() throws IOException {
        assertThat(run("start").rc()).isEqualTo(OcfRc.OK);
        ProcessHandle main = ProcessHandle.of(Long.parseLong(Files.readString(pidfile).strip())).orElseThrow();

        // Saturated, as in the seed's load test: the whole PBX stops answering, CLI included.
        signal("STOP", main);
        OperationResult hung = run("monitor");
        signal("CONT", main);

        assertThat(hung.rc()).isEqualTo(OcfRc.GENERIC_ERROR);
        assertThat(hung.exitReason()).contains("does not answer 'core show version'");
        assertThat(run("monitor").rc()).as("recovered").isEqualTo(OcfRc.OK);

        signal("STOP", main);
        OperationResult secondStart = executor.execute(pbx, Operation.of("start", MONITOR_TIMEOUT)).join();
        signal("CONT", main);
        assertThat(secondStart.rc()).as("no second PBX next to a hung one").isEqualTo(OcfRc.GENERIC_ERROR);
        assertThat(secondStart.exitReason()).contains("stop it before starting");
        assertThat(Files.readString(pidfile).strip()).isEqualTo(Long.toString(main.pid()));
    }

    @Test
    void sipThatStopsAnsweringFailsTheOptionsProbe() throws IOException {
        assertThat(run("start").rc()).isEqualTo(OcfRc.OK);
        ProcessHandle main = ProcessHandle.of(Long.parseLong(Files.readString(pidfile).strip())).orElseThrow();
        List<ProcessHandle> sipWorkers = main.children().toList();
        assertThat(sipWorkers).as("kamailio's worker processes").isNotEmpty();

        // The CLI still answers and the port is still bound, but no SIP request gets a reply.
        sipWorkers.forEach(worker -> signal("STOP", worker));
        OperationResult deaf = run("monitor");
        sipWorkers.forEach(worker -> signal("CONT", worker));

        assertThat(deaf.rc()).isEqualTo(OcfRc.GENERIC_ERROR);
        assertThat(deaf.exitReason()).startsWith("SIP OPTIONS to 127.0.0.1:").contains("got no reply");
        assertThat(run("monitor").rc()).isEqualTo(OcfRc.OK);
    }

    private static void signal(String signal, ProcessHandle process) {
        NetnsLan.run(List.of("kill", "-s", signal, Long.toString(process.pid())));
    }
}
