package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Hactl.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path seedCib() throws URISyntaxException {
        return Path.of(SimulateCommandTest.class.getResource("/simulate/seed-threshold-2-twice.xml").toURI());
    }

    @Test
    void printsTheTransitionSummaryAndPlacement() throws Exception {
        Run run = run("simulate", "--cib", seedCib().toString(), "--now", "1767225600");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("""
                Transition Summary:
                  * Move       failover-ip       ( ast1 -> ast2 )
                  * Recover    failover-asterisk ( ast1 -> ast2 )

                Placement:
                  * failover-ip: Started ast2
                  * failover-asterisk: Started ast2
                """);
    }

    @Test
    void jsonHasExactlyTheDocumentedShape() throws Exception {
        Run run = run("simulate", "--cib", seedCib().toString(), "--json", "--now", "1767225600");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("{\"placement\": {\"failover-ip\": \"ast2\", \"failover-asterisk\": \"ast2\"}, "
                + "\"actions\": [{\"action\": \"move\", \"resource\": \"failover-ip\", \"node\": \"ast2\", "
                + "\"from\": \"ast1\"}, {\"action\": \"recover\", \"resource\": \"failover-asterisk\", "
                + "\"node\": \"ast2\", \"from\": \"ast1\"}]}\n");
    }

    @Test
    void anInvalidCibExitsOneWithMessages() throws Exception {
        Path cib = Files.writeString(dir.resolve("cib.xml"), """
                <cib><configuration><resources>
                  <primitive id="a" class="ocf" provider="heartbeat" type="Dummy"/>
                </resources><constraints>
                  <rsc_location id="l" rsc="b" node="n1" score="100"/>
                </constraints></configuration></cib>
                """);
        Run run = run("simulate", "--cib", cib.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("rsc_location[@id='l']: unknown resource b");

        Files.writeString(cib, "<cib><configuration>");
        run = run("simulate", "--cib", cib.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("not well-formed XML");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("simulate").exit()).isEqualTo(2);
        assertThat(run("simulate", "--cib", "x.xml", "--now", "yesterday").exit()).isEqualTo(2);
    }
}
