package io.hactl.cib.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.config.ConfigProblem;
import io.hactl.config.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CibVerifierTest {
    @TempDir
    Path dir;

    private static final String BROKEN = """
            <cib admin_epoch="0" epoch="1" num_updates="0">
              <configuration>
                <crm_config><cluster_property_set id="o">
                  <nvpair id="o1" name="stonith-enabled" value="false"/>
                  <nvpair id="o2" name="shutdown-escalation" value="20min"/>
                </cluster_property_set></crm_config>
                <nodes><node id="n1" uname="n1"/></nodes>
                <resources>
                  <group id="g">
                    <primitive id="ip" class="ocf" provider="heartbeat" type="IPaddr2"/>
                    <primitive id="web" class="ocf" provider="heartbeat" type="apache"/>
                  </group>
                  <primitive id="web" class="lsb" type="nginx">
                    <meta_attributes id="web-meta"><nvpair id="web-s" name="resource-stickiness" value="lots"/></meta_attributes>
                  </primitive>
                  <clone id="ping-clone"><primitive id="ping" class="ocf" provider="pacemaker" type="ping"/></clone>
                </resources>
                <constraints>
                  <rsc_location id="loc-typo" rsc="gruop" node="n1" score="100"/>
                  <rsc_colocation id="col-bad" rsc="ip" with-rsc="web" score="always"/>
                </constraints>
                <acls/>
              </configuration>
              <status/>
            </cib>
            """;

    private AgentCatalog onlyIpAddr2(Set<String> required) {
        return new AgentCatalog() {
            @Override
            public boolean isInstalled(io.hactl.cib.Primitive primitive) {
                return primitive.type().equals("IPaddr2");
            }

            @Override
            public Optional<Set<String>> requiredParameters(io.hactl.cib.Primitive primitive) {
                return primitive.type().equals("IPaddr2") ? Optional.of(required) : Optional.empty();
            }
        };
    }

    @Test
    void reportsEveryProblemWithItsXmlPath() throws Exception {
        Path cib = dir.resolve("cib.xml");
        Files.writeString(cib, BROKEN);

        List<ConfigProblem> problems = new CibVerifier(onlyIpAddr2(Set.of("ip"))).verify(cib);
        List<String> text = problems.stream().map(ConfigProblem::toString).toList();

        assertThat(text).anySatisfy(t -> assertThat(t)
                .contains("/cib/configuration/constraints/rsc_location[@id='loc-typo']: unknown resource gruop"));
        assertThat(text).anySatisfy(t -> assertThat(t).contains("resource web is defined twice"));
        assertThat(text).anySatisfy(t -> assertThat(t)
                .contains("rsc_colocation[@id='col-bad']/@score: score is not a number: always"));
        assertThat(text).anySatisfy(t -> assertThat(t)
                .contains("/cib/configuration/resources/clone[@id='ping-clone']: not supported by hactl: <clone> (refused)"));
        assertThat(text).anySatisfy(t -> assertThat(t)
                .contains("warning: /cib/configuration/acls: not supported by hactl: <acls> (ignored)"));
        assertThat(text).anySatisfy(t -> assertThat(t)
                .contains("cluster property shutdown-escalation (ignored)"));
        assertThat(problems.stream().filter(p -> p.severity() == Severity.ERROR)).isNotEmpty();
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(cib));
        assertThat(problems.stream().filter(p -> p.message().contains("clone")).findFirst().orElseThrow().line())
                .isEqualTo(16);
    }

    @Test
    void checksAgentsAndTheirRequiredParameters() throws Exception {
        Path cib = dir.resolve("cib.xml");
        Files.writeString(cib, """
                <cib admin_epoch="0" epoch="1" num_updates="0"><configuration><crm_config>
                  <cluster_property_set id="o"><nvpair id="o1" name="stonith-enabled" value="false"/></cluster_property_set>
                  </crm_config><nodes/>
                  <resources><group id="g">
                    <primitive id="ip" class="ocf" provider="heartbeat" type="IPaddr2"/>
                    <primitive id="pbx" class="lsb" type="asterisk">
                      <meta_attributes id="pbx-m"><nvpair id="pbx-mt" name="migration-threshold" value="two"/></meta_attributes>
                    </primitive>
                  </group></resources><constraints/></configuration><status/></cib>
                """);

        List<String> text = new CibVerifier(onlyIpAddr2(Set.of("ip", "cidr_netmask"))).verify(cib).stream()
                .map(ConfigProblem::toString).toList();

        assertThat(text).containsExactlyInAnyOrder(
                cib + ": /cib/configuration/resources/group[@id='g']/primitive[@id='ip']/instance_attributes: "
                        + "required parameter cidr_netmask of ocf:heartbeat:IPaddr2 is missing; expected "
                        + "<nvpair name=\"cidr_netmask\" value=\"...\"/>",
                cib + ": /cib/configuration/resources/group[@id='g']/primitive[@id='ip']/instance_attributes: "
                        + "required parameter ip of ocf:heartbeat:IPaddr2 is missing; expected "
                        + "<nvpair name=\"ip\" value=\"...\"/>",
                cib + ": warning: /cib/configuration/resources/group[@id='g']/primitive[@id='pbx']: agent lsb:asterisk is "
                        + "not installed on this machine; expected the agent script on every node",
                cib + ": /cib/configuration/resources/group[@id='g']/primitive[@id='pbx']/meta_attributes/"
                        + "nvpair[@name='migration-threshold']: migration-threshold is not a number: two; expected "
                        + "an integer, INFINITY or -INFINITY");
    }

    @Test
    void warnsThatFencingIsNotDoneYet() throws Exception {
        Path cib = dir.resolve("cib.xml");
        Files.writeString(cib, "<cib><configuration><crm_config/><nodes/><resources/><constraints/></configuration>"
                + "<status/></cib>");
        assertThat(new CibVerifier(onlyIpAddr2(Set.of())).verify(cib)).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.toString()).contains("/cib/configuration/crm_config: stonith-enabled is true")
                    .contains("hactl does not fence yet");
        });
    }

    @Test
    void installedAgentsLooksWherePacemakerLooks() throws Exception {
        Path ocf = dir.resolve("ocf/resource.d/hactl");
        Files.createDirectories(ocf);
        Path agent = Files.writeString(ocf.resolve("IPaddr2"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("rwxr-xr-x"));
        InstalledAgents agents = new InstalledAgents(dir.resolve("ocf"), dir.resolve("init.d"), dir.resolve("rd"));
        var ours = new io.hactl.cib.Primitive("ip", "ocf", Optional.of("hactl"), "IPaddr2", java.util.Map.of(),
                java.util.Map.of(), List.of(), Optional.empty());
        var missing = new io.hactl.cib.Primitive("pbx", "lsb", Optional.empty(), "asterisk", java.util.Map.of(),
                java.util.Map.of(), List.of(), Optional.empty());
        assertThat(agents.isInstalled(ours)).isTrue();
        assertThat(agents.isInstalled(missing)).isFalse();
    }
}
