package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.testing.ConfigDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigVerifyCommandTest {

    @TempDir
    Path dir;

    @Test
    void summarisesAValidConfiguration() {
        ConfigDirectory.twoNodeCluster(dir).write("haresources", "ast1 IPaddr2::192.168.7.10/24 Dummy", "ast2 10.9.9.9 \\",
                "  apache");

        InProcessHactl run = InProcessHactl.run("config", "verify", "--dir", dir.toString(), "--node-name", "ast2");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                Configuration in DIR is valid.

                Nodes:      ast1, ast2  (this node: ast2)
                Media:      bcast lo port 694
                Timings:    keepalive 1s, warntime 5s, deadtime 10s, initdead 20s
                Auth:       signs with key 1 (sha1); accepts keys 1 (sha1)
                Logging:    stderr (journald)
                Resources:  crm no: from haresources; auto_failback on
                            group_IPaddr2_192_168_7_10 prefers ast1: IPaddr2_192_168_7_10 (IPaddr2::192.168.7.10/24), Dummy (Dummy)
                            group_IPaddr_10_9_9_9 prefers ast2: IPaddr_10_9_9_9 (10.9.9.9), apache (apache)

                Warnings:
                  DIR/haresources:1: warning: Dummy: no executable script DIR/resource.d/Dummy or /etc/init.d/Dummy on this machine; expected the script installed on every node before the cluster starts
                  DIR/haresources:2: warning: apache: no executable script DIR/resource.d/apache or /etc/init.d/apache on this machine; expected the script installed on every node before the cluster starts
                """.replace("DIR", dir.toString()));
    }

    /** With crm yes and no cib.xml beside ha.cf, the daemon's own copy in --state-dir is the CIB checked. */
    @Test
    void checksTheCibInTheStateDirectoryWhenNoneIsBesideHaCf() throws IOException {
        Path example = Path.of("../conf/asterisk-seed");
        Path state = Files.createDirectories(dir.resolve("state"));
        Path config = Files.createDirectories(dir.resolve("ha.d"));
        try (Stream<Path> files = Files.list(example)) {
            for (Path file : files.toList()) {
                Files.copy(file, (file.getFileName().toString().equals("cib.xml") ? state : config)
                        .resolve(file.getFileName()));
            }
        }
        Files.setPosixFilePermissions(config.resolve("authkeys"), PosixFilePermissions.fromString("rw-------"));

        InProcessHactl run = InProcessHactl.run("config", "verify", "--dir", config.toString(), "--node-name", "ast1",
                "--state-dir", state.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("asterisk-group");
    }

    /** The shipped example of the Asterisk deployment verifies, as the README shows. */
    @Test
    void verifiesTheShippedAsteriskExample() throws IOException {
        Path example = Path.of("../conf/asterisk-seed");
        try (Stream<Path> files = Files.list(example)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Files.setPosixFilePermissions(dir.resolve("authkeys"), PosixFilePermissions.fromString("rw-------"));

        InProcessHactl run = InProcessHactl.run("config", "verify", "--dir", dir.toString(), "--node-name", "ast1");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Nodes:      ast1, ast2  (this node: ast1)",
                "Media:      bcast eth0 port 694",
                "Timings:    keepalive 2s, warntime 10s, deadtime 30s, initdead 30s",
                "Auth:       signs with key 1 (crc); accepts keys 1 (crc)",
                "Logging:    logfile /var/log/ha-log, debugfile /var/log/ha-debug, syslog local0",
                "Resources:  crm yes: from the CIB",
                "            group asterisk-group: failover-ip (ocf:heartbeat:IPaddr), failover-asterisk (lsb:asterisk)",
                "warning: crc: crc gives no security");
    }

    @Test
    void listsEveryErrorAndExitsOne() {
        ConfigDirectory.twoNodeCluster(dir).write("ha.cf", "keepalive 5", "deadtime 2", "bcast lo", "node ast1 ast2")
                .write("authkeys", "auth 2", "1 md5 x");

        InProcessHactl run = InProcessHactl.run("config", "verify", "--dir", dir.toString(), "--node-name", "ast1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Configuration in " + dir + " is invalid: 2 errors, 2 warnings.\n")
                .contains("  " + dir + "/ha.cf:2: deadtime: deadtime 2s must exceed keepalive 5s;",
                        "  " + dir + "/authkeys:1: auth: auth 2 names no key; defined: [1];");
    }

    /** With crm yes the CIB is checked too, required parameters coming from the agent's own meta-data. */
    @Test
    void checksTheCibAgainstTheAgentsMetadata() {
        ConfigDirectory.twoNodeCluster(dir).write("ha.cf", "keepalive 1", "deadtime 10", "initdead 20", "bcast lo",
                        "node ast1 ast2", "crm yes")
                .delete("haresources")
                .write("cib.xml", "<cib admin_epoch=\"0\" epoch=\"1\" num_updates=\"0\"><configuration><crm_config/><nodes/>",
                        "<resources><primitive id=\"vip\" class=\"ocf\" provider=\"heartbeat\" type=\"IPaddr2\"/></resources>",
                        "<constraints/>",
                        "</configuration><status/></cib>");

        InProcessHactl run = InProcessHactl.run("config", "verify", "--dir", dir.toString(), "--node-name", "ast1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(
                "/cib/configuration/resources/primitive[@id='vip']/instance_attributes: required parameter ip of"
                        + " ocf:heartbeat:IPaddr2 is missing");
    }

    @Test
    void aMissingDirectoryIsAnErrorNotASuccess() {
        InProcessHactl run = InProcessHactl.run("config", "verify", "--dir", dir.resolve("nowhere").toString(), "--node-name", "ast1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("nowhere/ha.cf: cannot read ha.cf: no such file", "nowhere/authkeys: cannot read authkeys: no such file");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(InProcessHactl.run("config", "verify", "--no-such-option").exit()).isEqualTo(2);
        assertThat(InProcessHactl.run("config", "frobnicate").exit()).isEqualTo(2);
        assertThat(InProcessHactl.run().exit()).isEqualTo(2);
    }
}
