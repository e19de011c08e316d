package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    private static Path seedCib() throws URISyntaxException {
        return Path.of(SimulateCommandTest.class.getResource("/simulate/seed-threshold-2-twice.xml").toURI());
    }

    @Test
    void printsTheTransitionSummaryAndPlacement() throws Exception {
        InProcessHactl run = InProcessHactl.run("simulate", "--cib", seedCib().toString(), "--now", "1767225600");
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
        InProcessHactl run = InProcessHactl.run("simulate", "--cib", seedCib().toString(), "--json", "--now", "1767225600");
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
        InProcessHactl run = InProcessHactl.run("simulate", "--cib", cib.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("rsc_location[@id='l']: unknown resource b");

        Files.writeString(cib, "<cib><configuration>");
        run = InProcessHactl.run("simulate", "--cib", cib.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("not well-formed XML");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(InProcessHactl.run("simulate").exit()).isEqualTo(2);
        assertThat(InProcessHactl.run("simulate", "--cib", "x.xml", "--now", "yesterday").exit()).isEqualTo(2);
    }
}
