package io.hactl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class HaCfParserTest {

    /** Debian's heartbeat package ships Heartbeat 3's own sample files; .ci/run installs it. */
    static final Path HEARTBEAT_DOCS = Path.of("/usr/share/doc/heartbeat");

    static Path resource(String name) {
        return Path.of("src/test/resources/config", name);
    }

    static List<String> stockFile(String name) throws IOException {
        Path gz = HEARTBEAT_DOCS.resolve(name + ".gz");
        Path plain = HEARTBEAT_DOCS.resolve(name);
        if (Files.exists(gz)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        }
        if (Files.exists(plain)) {
            return Files.readAllLines(plain);
        }
        return fail("Heartbeat's sample " + name + " is missing: install Debian's heartbeat package (.ci/run does)");
    }

    /**
     * The ha.cf of the Asterisk deployment, as its document prints it, with the PDF's broken comment lines
     * turned back into comments: Heartbeat's stock file with the deployment's directives enabled.
     */
    @Test
    void readsTheAsteriskDeploymentHaCf() {
        ConfigReport<HaCf> report = HaCfParser.parse(resource("seed/ha.cf"));

        assertThat(report.errors()).isEmpty();
        HaCf haCf = report.get();
        assertThat(haCf.nodeNames()).containsExactly("ast1", "ast2");
        assertThat(haCf.media()).singleElement().isInstanceOfSatisfying(Medium.Bcast.class, bcast -> {
            assertThat(bcast.device()).isEqualTo("eth0");
            assertThat(bcast.port()).isEqualTo(694);
        });
        assertThat(haCf.timings()).isEqualTo(new Timings(
                Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(30)));
        assertThat(haCf.autoFailback()).isEqualTo(AutoFailback.OFF);
        assertThat(haCf.crm()).isEqualTo(CrmMode.CIB);
        assertThat(haCf.logging()).isEqualTo(new LogSettings(Optional.of(Path.of("/var/log/ha-log")),
                Optional.of(Path.of("/var/log/ha-debug")), Optional.of("local0"), 0, false));
        assertThat(report.warnings()).map(ConfigProblem::directive).containsExactlyInAnyOrder("auto_failback", "initdead");
    }

    /** The same file exactly as printed: only the PDF's stray fragments are refused, each on its own line. */
    @Test
    void refusesOnlyThePdfDebrisOfTheAsPrintedFile() throws IOException {
        List<Integer> debris = Files.readAllLines(resource("seed/debris-lines.txt")).stream().map(Integer::parseInt).toList();

        ConfigReport<HaCf> report = HaCfParser.parse(resource("seed/ha.cf.as-printed"));

        assertThat(report.errors()).map(ConfigProblem::line).containsExactlyElementsOf(debris);
        assertThat(report.errors()).allSatisfy(problem -> assertThat(problem.message()).startsWith("unknown directive"));
    }

    @Test
    void readsHeartbeatsStockSampleAndAsksForWhatItLacks() throws IOException {
        ConfigReport<HaCf> report = HaCfParser.parse(Path.of("ha.cf"), stockFile("ha.cf"));

        assertThat(report.errors()).map(ConfigProblem::message)
                .containsExactly("no node is listed", "no heartbeat medium is configured");
    }

    /**
     * Every example of the stock sample, uncommented: each directive is honoured, refused as not supported, or
     * reported as having no effect. None is unknown and none passes unmentioned.
     */
    @Test
    void decidesEveryDirectiveOfTheStockSample() throws IOException {
        Pattern example = Pattern.compile("^#([a-z_]+)(\\s.*)?$");
        List<String> lines = stockFile("ha.cf").stream().map(line -> {
            Matcher m = example.matcher(line);
            return m.matches() ? line.substring(1) : line;
        }).toList();

        ConfigReport<HaCf> report = HaCfParser.parse(Path.of("ha.cf"), lines);

        assertThat(report.problems()).noneMatch(p -> p.message().startsWith("unknown directive"));
        assertThat(report.errors()).filteredOn(p -> p.message().startsWith("not supported by hactl"))
                .map(ConfigProblem::directive)
                .containsExactlyInAnyOrder("baud", "serial", "serial", "serial", "serial", "stonith", "stonith_host",
                        "stonith_host", "stonith_host", "watchdog", "ping", "ping_group", "hbaping", "deadping");
        assertThat(report.warnings()).filteredOn(p -> p.message().startsWith("has no effect in hactl"))
                .map(ConfigProblem::directive)
                .containsExactlyInAnyOrder("hopfudge", "hbgenmethod", "realtime", "conn_logd_time");
        assertThat(report.errors()).filteredOn(p -> p.directive().equals("msgfmt")).singleElement()
                .extracting(ConfigProblem::expected).isEqualTo("classic or netstring");
    }

    @Test
    void appliesUdpportOnlyToTheMediaAfterIt() {
        HaCf before = HaCfParser.parse(Path.of("ha.cf"), List.of("udpport 695", "bcast eth0", "node a b",
                "auto_failback off")).get();
        ConfigReport<HaCf> after = HaCfParser.parse(Path.of("ha.cf"), List.of("ucast eth0 10.0.0.2", "udpport 695",
                "mcast eth0 225.0.0.1 700 1 0", "node a b", "auto_failback off"));

        assertThat(port(before.media().get(0))).isEqualTo(695);
        assertThat(after.warnings()).singleElement().hasToString(
                "ha.cf:2: warning: udpport: applies only to the media after it; the 1 medium line(s) above (first on line 1)"
                        + " keep port 694; expected udpport before bcast and ucast, as Heartbeat documents");
    }

    @Test
    void refusesASecondMediumAndPointsAtBonding() {
        ConfigReport<HaCf> report = HaCfParser.parse(Path.of("ha.cf"), List.of("bcast eth0 eth1", "node a b"));

        assertThat(report.errors()).map(ConfigProblem::toString).containsExactly(
                "ha.cf:1: bcast: a second heartbeat medium (bcast eth1, after bcast eth0 on line 1): hactl heartbeats over"
                        + " one medium; expected one bcast device, one mcast line, or ucast lines on one device; for"
                        + " redundant links bond the interfaces (Linux bonding) and name the bond");
    }

    @Test
    void acceptsOneUcastLinePerPeerOnOneDevice() {
        HaCf haCf = HaCfParser.parse(Path.of("ha.cf"), List.of("ucast eth0 10.0.0.1", "ucast eth0 10.0.0.2",
                "ucast eth0 10.0.0.3", "node a b c", "auto_failback off")).get();

        assertThat(haCf.media()).hasSize(3).allMatch(m -> m instanceof Medium.Ucast);
    }

    private static int port(Medium medium) {
        if (medium instanceof Medium.Bcast b) {
            return b.port();
        }
        if (medium instanceof Medium.Ucast u) {
            return u.port();
        }
        return ((Medium.Mcast) medium).port();
    }

    @Test
    void readsMulticastAndUnicastMedia() throws IOException {
        HaCf multicast = HaCfParser.parse(Path.of("ha.cf"), List.of(
                "mcast eth0 225.0.0.1 694 1 0", "node a", "node b", "auto_failback on")).get();
        HaCf unicast = HaCfParser.parse(Path.of("ha.cf"), List.of(
                "ucast eth1 192.168.1.2", "node a", "node b", "auto_failback on")).get();

        assertThat(multicast.media().get(0)).isEqualTo(new Medium.Mcast("eth0", InetAddress.getByName("225.0.0.1"), 694, 1,
                false, Path.of("ha.cf"), 1));
        assertThat(unicast.media().get(0)).isEqualTo(new Medium.Ucast("eth1", InetAddress.getByName("192.168.1.2"), 694,
                Path.of("ha.cf"), 1));
    }

    @Test
    void fillsHeartbeatsDefaults() {
        HaCf haCf = HaCfParser.parse(Path.of("ha.cf"), List.of("bcast eth0", "node a b")).get();

        assertThat(haCf.timings()).isEqualTo(new Timings(
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(15), Duration.ofSeconds(30)));
        assertThat(haCf.autoFailback()).isEqualTo(AutoFailback.LEGACY);
        assertThat(haCf.crm()).isEqualTo(CrmMode.HARESOURCES);
        assertThat(haCf.autojoin()).isEqualTo(Autojoin.NONE);
        assertThat(haCf.logging().isDefault()).isTrue();
    }

    @Test
    void acceptsTheSubSecondProfile() {
        ConfigReport<HaCf> report = HaCfParser.parse(Path.of("ha.cf"), List.of(
                "keepalive 100ms", "warntime 300ms", "deadtime 500ms", "initdead 2", "bcast lo", "node a b", "auto_failback off"));

        assertThat(report.problems()).isEmpty();
        assertThat(report.get().timings().deadtime()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void warnsWhereHeartbeatWarns() {
        ConfigReport<HaCf> report = HaCfParser.parse(Path.of("ha.cf"), List.of(
                "keepalive 2", "deadtime 8", "warntime 6", "initdead 10", "bcast lo", "node a b"));

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).map(ConfigProblem::toString).containsExactlyInAnyOrder(
                "ha.cf:4: warning: initdead: initdead 10s is less than twice deadtime 8s: a node booting on a slow network may"
                        + " start resources alone; expected initdead of at least 16s",
                "ha.cf: warning: auto_failback: is legacy (not set): resources move back to their preferred node as with"
                        + " auto_failback on; expected auto_failback on or off");
    }

    /** Heartbeat only warned about these; hactl's failure detector cannot honour them, so they are refused. */
    @Test
    void refusesTimingsTheFailureDetectorCannotHonour() {
        ConfigReport<HaCf> report = HaCfParser.parse(Path.of("ha.cf"), List.of(
                "keepalive 2", "deadtime 5", "warntime 6", "initdead 10", "bcast lo", "node a b", "auto_failback on"));

        assertThat(report.errors()).map(ConfigProblem::toString).containsExactly(
                "ha.cf:2: deadtime: deadtime 5s is too short for keepalive 2s: one lost heartbeat would already make a node"
                        + " suspect; expected deadtime of at least 3.75 × keepalive (7500ms); Heartbeat allowed less",
                "ha.cf:3: warntime: warntime 6s is not less than deadtime 5s: a node would be declared dead before any"
                        + " late-heartbeat warning; expected warntime below deadtime (Heartbeat only warned)");
    }

    @Test
    void readsTheRestOfHeartbeatsHonouredDirectives() {
        HaCf haCf = HaCfParser.parse(Path.of("ha.cf"), List.of(
                "bcast lo", "node a b", "auto_failback on", "autojoin any", "debug 2", "use_logd yes", "compression bz2",
                "compression_threshold 4", "respawn hacluster /usr/lib/heartbeat/ipfail -v", "env LANG=C", "apiauth hactl uid=root gid=haclient,adm", "pacemaker respawn")).get();

        assertThat(haCf.autojoin()).isEqualTo(Autojoin.ANY);
        assertThat(haCf.logging().debugLevel()).isEqualTo(2);
        assertThat(haCf.logging().useLogd()).isTrue();
        assertThat(haCf.compression()).contains(new Compression("bz2", 4));
        assertThat(haCf.respawns()).singleElement()
                .isEqualTo(new Respawn("hacluster", List.of("/usr/lib/heartbeat/ipfail", "-v"), 9));
        assertThat(haCf.respawnEnvironment()).containsExactly(java.util.Map.entry("LANG", "C"));
        assertThat(haCf.apiAuth()).singleElement()
                .isEqualTo(new ApiAuth("hactl", List.of("root"), List.of("haclient", "adm"), 11));
        assertThat(haCf.crm()).isEqualTo(CrmMode.CIB);
    }

    @Test
    void refusesAnEnvLineWithSpaces() {
        ConfigReport<HaCf> report = HaCfParser.parse(Path.of("ha.cf"), List.of("bcast lo", "node a b", "env FOO=bar baz"));

        assertThat(report.errors()).map(ConfigProblem::toString)
                .containsExactly("ha.cf:3: env: takes 1 value, got 2; expected env NAME=VALUE");
    }
}
