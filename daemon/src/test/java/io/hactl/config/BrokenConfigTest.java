package io.hactl.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.testing.ConfigDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of broken configurations: each case breaks one thing in an otherwise valid /etc/ha.d and names the
 * exact message the admin must read ({@code DIR} stands for the directory).
 */
class BrokenConfigTest {

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                broken("wrong time unit", d -> d.write("ha.cf", haCf("keepalive 2m")),
                        "DIR/ha.cf:1: keepalive: '2m' is not a time; expected a time such as 2 (seconds), 1.5, 1500ms or 500000us"),
                broken("zero time", d -> d.write("ha.cf", haCf("deadtime 0")),
                        "DIR/ha.cf:1: deadtime: must be longer than 0; expected a time such as 2 (seconds), 1.5, 1500ms or 500000us"),
                broken("unknown directive", d -> d.write("ha.cf", haCf("keepalived 2")),
                        "DIR/ha.cf:1: keepalived: unknown directive (did you mean keepalive?); expected an ha.cf directive (the reference conf/ha.cf lists them all)"),
                broken("directive in the wrong case", d -> d.write("ha.cf", haCf("Deadtime 10")),
                        "DIR/ha.cf:1: Deadtime: unknown directive (did you mean deadtime?); expected an ha.cf directive (the reference conf/ha.cf lists them all)"),
                broken("missing node", d -> d.write("ha.cf", "keepalive 1", "deadtime 10", "bcast lo", "auto_failback on"),
                        "DIR/ha.cf: node: no node is listed; expected a node line naming each cluster member as uname -n prints it"),
                broken("no medium", d -> d.write("ha.cf", "node ast1 ast2", "auto_failback on"),
                        "DIR/ha.cf: no heartbeat medium is configured; expected at least one bcast, mcast or ucast line, e.g. bcast eth0"),
                broken("deadtime not above keepalive", d -> d.write("ha.cf", "keepalive 5", "deadtime 2", "initdead 20", "bcast lo", "node ast1 ast2", "auto_failback on"),
                        "DIR/ha.cf:2: deadtime: deadtime 2s must exceed keepalive 5s; expected a deadtime several keepalives long (Heartbeat's default: keepalive 1, deadtime 30)"),
                broken("initdead below deadtime", d -> d.write("ha.cf", "deadtime 30", "initdead 10", "bcast lo", "node ast1 ast2", "auto_failback on"),
                        "DIR/ha.cf:2: initdead: initdead 10s is less than deadtime 30s; expected initdead at least deadtime, better twice it"),
                broken("directive given twice", d -> d.write("ha.cf", haCf("keepalive 1", "keepalive 2")),
                        "DIR/ha.cf:2: keepalive: is already set on line 1; expected each directive once"),
                broken("node listed twice", d -> d.write("ha.cf", haCf("node ast1")),
                        "DIR/ha.cf:3: node: node ast1 is already listed on line 1; expected each node once"),
                broken("udpport out of range", d -> d.write("ha.cf", haCf("udpport 70000")),
                        "DIR/ha.cf:1: udpport: '70000' is not a port number; expected 1-65535"),
                broken("mcast group that is not multicast", d -> d.write("ha.cf", haCf("mcast lo 10.0.0.1 694 1 0")),
                        "DIR/ha.cf:1: mcast: '10.0.0.1' is not an IPv4 multicast group; expected a class D address 224.0.0.0-239.255.255.255"),
                broken("mcast ttl zero", d -> d.write("ha.cf", haCf("mcast lo 225.0.0.1 694 0 0")),
                        "DIR/ha.cf:1: mcast: ttl '0' is out of range; expected 1-255 (must be greater than zero)"),
                broken("mcast missing fields", d -> d.write("ha.cf", haCf("mcast lo 225.0.0.1")),
                        "DIR/ha.cf:1: mcast: takes 5 values, got 2; expected mcast DEV GROUP PORT TTL LOOP, e.g. mcast eth0 225.0.0.1 694 1 0"),
                broken("ucast to a host name", d -> d.write("ha.cf", haCf("ucast lo ast2")),
                        "DIR/ha.cf:1: ucast: 'ast2' is not an IPv4 address; expected the peer's IPv4 address, e.g. ucast eth0 192.168.1.2"),
                broken("bad auto_failback", d -> d.write("ha.cf", "bcast lo", "node ast1 ast2", "auto_failback sometimes"),
                        "DIR/ha.cf:3: auto_failback: 'sometimes' is not a valid value; expected on, off or legacy (or another boolean word)"),
                broken("nice_failback with auto_failback", d -> d.write("ha.cf", haCf("nice_failback on")),
                        "DIR/ha.cf:1: nice_failback: conflicts with auto_failback on line 5; expected only auto_failback"),
                broken("serial link", d -> d.write("ha.cf", haCf("serial /dev/ttyS0")),
                        "DIR/ha.cf:1: serial: not supported by hactl: serial heartbeat links; use a second network medium (bcast/ucast on another interface); expected this line removed"),
                broken("stonith_host", d -> d.write("ha.cf", haCf("stonith_host * baytech 10.0.0.3 login secret")),
                        "DIR/ha.cf:1: stonith_host: not supported by hactl: fencing devices in ha.cf; hactl does not fence yet, so keep stonith-enabled=false and a two-node policy you can live with; expected this line removed"),
                broken("bad value of an inert directive", d -> d.write("ha.cf", haCf("msgfmt classic/netstring")),
                        "DIR/ha.cf:1: msgfmt: 'classic/netstring' is not a valid value; expected classic or netstring"),
                broken("logfacility unknown", d -> d.write("ha.cf", haCf("logfacility local9")),
                        "DIR/ha.cf:1: logfacility: 'local9' is not a syslog facility; expected one of auth, authpriv, cron, daemon, ftp, kern, local0, local1, local2, local3, local4, local5, local6, local7, lpr, mail, news, none, syslog, user, uucp"),
                broken("relative logfile", d -> d.write("ha.cf", haCf("logfile ha-log")),
                        "DIR/ha.cf:1: logfile: 'ha-log' is not an absolute path; expected an absolute file name such as /var/log/ha-log"),
                broken("local node not listed", d -> d.write("ha.cf", "keepalive 1", "deadtime 10", "initdead 20", "bcast lo", "node ast2 ast3", "auto_failback on"),
                        "DIR/ha.cf: node: this node is not listed (--node-name ast1); expected node ast1 in ha.cf, or --node-name with a listed name (ast2, ast3)"),
                broken("authkeys names a missing key", d -> d.write("authkeys", "auth 2", "1 sha1 SharedSecret"),
                        "DIR/authkeys:1: auth: auth 2 names no key; defined: [1]; expected a key line such as: 2 sha1 SECRET"),
                broken("authkeys without auth", d -> d.write("authkeys", "1 sha1 SharedSecret"),
                        "DIR/authkeys: auth: no auth line chooses the key to sign with; expected a line such as: auth 1"),
                broken("authkeys unknown method", d -> d.write("authkeys", "auth 1", "1 sha3 SharedSecret"),
                        "DIR/authkeys:2: 1: unknown method 'sha3'; expected crc, md5, sha1, sha256 or sha512"),
                broken("authkeys md5 without secret", d -> d.write("authkeys", "auth 1", "1 md5"),
                        "DIR/authkeys:2: 1: md5 needs a secret; expected 1 md5 SECRET"),
                broken("authkeys secret with spaces", d -> d.write("authkeys", "auth 1", "1 sha1 two words"),
                        "DIR/authkeys:2: 1: the secret must be one word; Heartbeat would use only 'two'; expected a secret without spaces"),
                broken("authkeys key defined twice", d -> d.write("authkeys", "auth 1", "1 sha1 a", "1 md5 b"),
                        "DIR/authkeys:3: 1: key 1 is already defined on line 2; expected each key number once"),
                broken("authkeys mode 0644", BrokenConfigTest::worldReadableAuthkeys,
                        "DIR/authkeys: mode 0644 (rw-r--r--) lets other users read or change the keys; expected mode 0600 (chmod 600 DIR/authkeys)"),
                broken("haresources unknown node", d -> d.write("haresources", "ast3 IPaddr2::192.168.7.10/24 Dummy"),
                        "DIR/haresources:1: ast3: unknown node ast3; expected a node listed in ha.cf first on the line (ast1, ast2)"),
                broken("haresources duplicate resource", d -> d.write("haresources", "ast1 192.168.7.10 Dummy", "ast2 Dummy"),
                        "DIR/haresources:2: Dummy: resource Dummy is already listed on line 1; expected each resource once: a resource can belong to one group only"),
                broken("haresources bad address", d -> d.write("haresources", "ast1 IPaddr::192.168.7.300/24"),
                        "DIR/haresources:1: IPaddr::192.168.7.300/24: '192.168.7.300' is not an IPv4 address; expected IP[/CIDR[/NIC[/BROADCAST]]], e.g. 150.214.153.235/24/eth0"),
                broken("haresources bad prefix", d -> d.write("haresources", "ast1 192.168.7.10/33/eth0"),
                        "DIR/haresources:1: 192.168.7.10/33/eth0: '33' is not a prefix length 1-32 or a netmask; expected IP[/CIDR[/NIC[/BROADCAST]]], e.g. 150.214.153.235/24/eth0"),
                broken("haresources line without resources", d -> d.write("haresources", "ast1"),
                        "DIR/haresources:1: ast1: no resources follow the node name; expected NODE RESOURCE [RESOURCE…]"),
                broken("crm yes with malformed cib.xml", d -> d.write("ha.cf", haCf("crm yes")).write("cib.xml", "<cib><configuration></cib>"),
                        "DIR/cib.xml:1: not well-formed XML: The element type \"configuration\" must be terminated by the matching end-tag \"</configuration>\". (column 23); expected a well-formed cib.xml"));
    }

    /**
     * A valid ha.cf for ast1/ast2 with {@code first} on top, replacing the base lines of the same directives
     * ({@code node} lines are always kept, so a test can list a node twice).
     */
    private static List<String> haCf(String... first) {
        List<String> replaced = Stream.of(first).map(line -> line.split("\\s+")[0]).toList();
        return Stream.concat(Stream.of(first), Stream.of(
                        "bcast lo", "node ast1", "node ast2", "auto_failback on", "keepalive 1", "deadtime 10", "initdead 20",
                        "crm no")
                .filter(line -> line.startsWith("node ") || !replaced.contains(line.split("\\s+")[0])))
                .toList();
    }

    private static Arguments broken(String name, Consumer<ConfigDirectory> breakIt, String expected) {
        return Arguments.of(name, breakIt, expected);
    }

    private static void worldReadableAuthkeys(ConfigDirectory directory) {
        try {
            Files.setPosixFilePermissions(directory.file("authkeys"), PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithTheMessageAnAdminNeeds(String name, Consumer<ConfigDirectory> breakIt, String expected) {
        ConfigDirectory directory = ConfigDirectory.twoNodeCluster(dir);
        breakIt.accept(directory);

        ConfigReport<ClusterConfig> report = ClusterConfigLoader.load(dir, LoadOptions.defaults().withNodeName("ast1"));

        assertThat(report.isValid()).as("%s must be refused", name).isFalse();
        assertThat(report.errors()).map(p -> p.toString().replace(dir.toString(), "DIR")).contains(expected);
    }

    @Test
    void theValidBaseIsValid() {
        ConfigDirectory.twoNodeCluster(dir);
        ConfigReport<ClusterConfig> report = ClusterConfigLoader.load(dir, LoadOptions.defaults().withNodeName("ast1"));
        assertThat(report.errors()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void reportsEveryErrorOfEveryFileAtOnce() {
        ConfigDirectory.twoNodeCluster(dir)
                .write("ha.cf", "keepalive 2m", "deadtime 1", "bcast lo", "node ast1 ast2", "auto_failback maybe", "stonith x y")
                .write("authkeys", "auth 3", "1 sha1 a")
                .write("haresources", "ast9 Dummy");

        ConfigReport<ClusterConfig> report = ClusterConfigLoader.load(dir, LoadOptions.defaults().withNodeName("ast1"));

        assertThat(report.errors()).map(p -> p.file().getFileName() + ":" + p.line() + " " + p.directive())
                .containsExactly("ha.cf:1 keepalive", "ha.cf:5 auto_failback", "ha.cf:6 stonith",
                        "authkeys:1 auth", "haresources:1 ast9");
    }

    @Test
    void refusesAuthkeysOwnedBySomeoneElse() throws IOException {
        ConfigDirectory directory = ConfigDirectory.twoNodeCluster(dir);
        UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(directory.file("authkeys"), nobody);
        String runningAs = System.getProperty("user.name");

        ConfigReport<ClusterConfig> report = ClusterConfigLoader.load(dir, LoadOptions.defaults().withNodeName("ast1"));

        assertThat(report.errors()).map(Object::toString).contains(dir + "/authkeys: owned by nobody, not by " + runningAs
                + " (the user hactld runs as); expected chown " + runningAs + " " + dir + "/authkeys");
    }
}
