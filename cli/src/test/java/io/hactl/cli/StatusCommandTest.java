package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandTest {
    @TempDir
    Path dir;

    private static Path seedCib() throws URISyntaxException {
        return Path.of(StatusCommandTest.class.getResource("/status/seed-failed-twice.xml").toURI());
    }

    @Test
    void printsTheClusterLikeCrmMon() throws Exception {
        InProcessHactl run = InProcessHactl.run("status", "--cib", seedCib().toString(), "--now", "1767225600");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("Cluster Summary:\n")
                .contains("  * Last updated: Thu Jan 01 00:00:00 2026\n")
                .contains("  * Online: [ ast1 ast2 ]\n")
                .contains("    * failover-asterisk\t(lsb:asterisk):\t FAILED ast1\n")
                .contains("    * failover-asterisk: migration-threshold=2 fail-count=2 "
                        + "last-failure='Wed Dec 31 23:59:40 2025'\n")
                .contains("exitreason='asterisk is not running'");
    }

    @Test
    void jsonIsOneVersionedObject() throws Exception {
        InProcessHactl run = InProcessHactl.run("status", "--cib", seedCib().toString(), "--json", "--now",
                "1767225600");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("{\"version\":1,\"dc\":null,\"quorum\":true,").endsWith("}\n")
                .contains("{\"id\":\"failover-asterisk\",\"group\":\"asterisk-group\",\"agent\":\"lsb:asterisk\","
                        + "\"role\":\"failed\",\"node\":\"ast1\"")
                .contains("\"failcounts\":{\"ast1\":2}");
        assertThat(run.out().lines()).hasSize(1);
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
        InProcessHactl run = InProcessHactl.run("status", "--cib", cib.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("rsc_location[@id='l']: unknown resource b");

        run = InProcessHactl.run("status", "--cib", dir.resolve("missing.xml").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(InProcessHactl.run("status", "--cib", "x.xml", "--now", "yesterday").exit()).isEqualTo(2);
        assertThat(InProcessHactl.run("status", "--cib", "x.xml", "--bogus").exit()).isEqualTo(2);
        assertThat(InProcessHactl.run("status", "--now", "1767225600").exit()).as("--now needs --cib").isEqualTo(2);
    }

    @Test
    void aSavedCibCannotBeWatched() throws Exception {
        String cib = seedCib().toString();
        InProcessHactl run = InProcessHactl.run("status", "--cib", cib, "--watch");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("--cib shows a saved file offline and cannot be combined with --watch,"
                + " which is for the running cluster\n");
        assertThat(InProcessHactl.run("status", "--cib", cib, "--interval", "2").exit()).isEqualTo(2);
        assertThat(InProcessHactl.run("status", "--cib", cib, "--socket", "/tmp/s").exit()).isEqualTo(2);
    }

    @Test
    void helpNamesBothTheRunningClusterAndSavedCibs() {
        InProcessHactl run = InProcessHactl.run("status", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--cib").contains("--json").contains("--watch").contains("--socket")
                .contains("running cluster").contains("102");
    }
}
