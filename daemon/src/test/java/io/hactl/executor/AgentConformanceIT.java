package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our agents against the tools the OCF world judges agents with: Debian's {@code ocf-tester}
 * (resource-agents) and {@code xmllint --dtdvalid} with the ra-api-1.dtd that resource-agents ships.
 */
class AgentConformanceIT {
    private static final Path DTD = Path.of("/usr/share/resource-agents/ra-api-1.dtd");

    @TempDir
    Path tmp;

    private static Path agent(String name) {
        return TestAgents.sourceTreeFile("ocf/resource.d/hactl/" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dummy", "IPaddr2", "IPaddr", "asterisk", "kamailio"})
    void metaDataValidatesAgainstTheOcfDtd(String name) {
        // From the DTD's directory, as ocf-tester runs it, so the DOCTYPE's relative "ra-api-1.dtd" resolves too.
        String validation = NetnsLan.run(List.of("sh", "-c", "cd " + DTD.getParent() + " && '" + agent(name)
                + "' meta-data | xmllint --noout --valid --dtdvalid " + DTD + " - && echo VALID"));

        assertThat(validation.strip()).isEqualTo("VALID");
    }

    @Test
    void dummyPassesOcfTester() {
        assertThat(ocfTester(List.of(), "Dummy", "state=" + tmp.resolve("dummy.state")))
                .contains("passed all tests");
    }

    /** Without resource-agents' ocf-shellfuncs the agents fall back to their own few helpers. */
    private static final List<String> WITHOUT_SHELLFUNCS =
            List.of("env", "OCF_ROOT=/nonexistent", "OCF_FUNCTIONS_DIR=/nonexistent");

    @Test
    void dummyPassesOcfTesterWithoutOcfShellfuncs() {
        assertThat(ocfTester(WITHOUT_SHELLFUNCS, "Dummy", "state=" + tmp.resolve("dummy.state")))
                .contains("passed all tests");
    }

    @Test
    void asteriskPassesOcfTesterAgainstTheStandIn() {
        String config = tmp.resolve("asterisk.conf").toString();
        NetnsLan.run(List.of("sh", "-c", "printf 'pidfile=%s\\nsip_address=127.0.0.1\\nsip_port=%s\\n' "
                + tmp.resolve("run/asterisk.pid") + " 25099 > " + config));
        assertThat(ocfTester(List.of(), "asterisk",
                "binary=" + TestAgents.sourceTreeFile("tests/asterisk-standin"), "config=" + config, "user=root",
                "group=root", "pidfile=" + tmp.resolve("run/asterisk.pid"), "sip_port=25099", "monitor_sip=true"))
                .contains("passed all tests");
    }

    @Tag("netns")
    @ParameterizedTest
    @ValueSource(strings = {"IPaddr2", "IPaddr"})
    void ipaddrPassesOcfTesterInANetworkNamespace(String name) {
        assumeTrue("root".equals(System.getProperty("user.name")), "network namespaces need root");
        try (NetnsLan lan = NetnsLan.up("node")) {
            List<String> inNamespace = List.of("ip", "netns", "exec", lan.namespace("node"));
            assertThat(ocfTester(inNamespace, name, "ip=" + lan.address(50), "arp_count=1"))
                    .contains("passed all tests");
            List<String> bare = new ArrayList<>(inNamespace);
            bare.addAll(WITHOUT_SHELLFUNCS);
            assertThat(ocfTester(bare, name, "ip=" + lan.address(51), "arp_count=1")).contains("passed all tests");
        }
    }

    @Tag("netns")
    @Test
    void kamailioPassesOcfTesterInANetworkNamespace() {
        assumeTrue("root".equals(System.getProperty("user.name")), "network namespaces need root");
        assumeTrue(java.nio.file.Files.isExecutable(Path.of("/usr/sbin/kamailio"))
                && java.nio.file.Files.isExecutable(Path.of("/usr/bin/sipsak")), "needs kamailio and sipsak");
        try (NetnsLan lan = NetnsLan.up("node")) {
            List<String> inNamespace = List.of("ip", "netns", "exec", lan.namespace("node"));
            assertThat(ocfTester(inNamespace, "kamailio", "listen_address=" + lan.address(1),
                    "monitoring_ip=" + lan.address(1), "pidfile=" + tmp.resolve("run/kamailio.pid"),
                    "conffile=" + TestAgents.sourceTreeFile("tests/kamailio-options.cfg"), "extra_options=-m 16 -M 4"))
                    .contains("passed all tests");
        }
    }

    private static String ocfTester(List<String> prefix, String name, String... params) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("ocf-tester", "-n", "conformance-" + name));
        for (String param : params) {
            command.add("-o");
            command.add(param);
        }
        command.add(agent(name).toString());
        return NetnsLan.run(command);
    }
}
