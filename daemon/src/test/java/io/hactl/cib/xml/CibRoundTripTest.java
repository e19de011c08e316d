package io.hactl.cib.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.CibVersion;
import io.hactl.cib.LocationConstraint;
import io.hactl.cib.OperationRecord;
import io.hactl.config.ConfigReport;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CibRoundTripTest {
    private static final String CIB = """
            <cib admin_epoch="1" epoch="12" num_updates="3" validate-with="pacemaker-3.9" have-quorum="0">
              <configuration>
                <crm_config>
                  <cluster_property_set id="o">
                    <nvpair id="o1" name="no-quorum-policy" value="ignore"/>
                  </cluster_property_set>
                </crm_config>
                <nodes>
                  <node id="1" uname="ast1">
                    <instance_attributes id="ast1-a">
                      <nvpair id="ast1-s" name="standby" value="on"/>
                    </instance_attributes>
                  </node>
                </nodes>
                <resources>
                  <primitive id="vip" class="ocf" provider="hactl" type="IPaddr2">
                    <instance_attributes id="vip-p">
                      <nvpair id="vip-ip" name="ip" value="150.214.153.235"/>
                    </instance_attributes>
                    <operations>
                      <op id="vip-mon" name="monitor" interval="10s" timeout="20s" on-fail="restart"/>
                    </operations>
                    <utilization id="vip-u">
                      <nvpair id="vip-cpu" name="cpu" value="1"/>
                    </utilization>
                  </primitive>
                </resources>
                <constraints>
                  <rsc_location id="l" rsc="vip">
                    <rule id="r" score="-INFINITY" boolean-op="or">
                      <expression id="e1" attribute="#uname" operation="eq" value="ast9"/>
                      <expression id="e2" attribute="pingd" operation="not_defined"/>
                    </rule>
                  </rsc_location>
                </constraints>
                <!-- fencing comes later -->
                <fencing-topology>
                  <fencing-level id="fl" target="ast1" index="1" devices="ipmi"/>
                </fencing-topology>
              </configuration>
              <status>
                <node_state id="1" uname="ast1" in_ccm="true" crmd="online" join="member" expected="member">
                  <lrm id="1">
                    <lrm_resources>
                      <lrm_resource id="vip" class="ocf" provider="hactl" type="IPaddr2">
                        <lrm_rsc_op id="vip_last_0" operation="start" call-id="5" rc-code="0" op-status="0" interval="0" last-rc-change="1700000000"/>
                      </lrm_resource>
                    </lrm_resources>
                  </lrm>
                </node_state>
              </status>
            </cib>
            """;

    private final XmlFiles xml = new XmlFiles();

    @Test
    void writingBackLosesNothingNotEvenWhatHactlDoesNotModel() {
        XmlElement tree = xml.read(CIB);
        String written = xml.toText(tree);
        assertThat(xml.read(written)).usingRecursiveComparison().ignoringFields("line").isEqualTo(tree);
        assertThat(written).contains("<!-- fencing comes later -->", "<fencing-level id=\"fl\" target=\"ast1\"",
                "<nvpair id=\"vip-cpu\" name=\"cpu\" value=\"1\"/>");
    }

    @Test
    void readsTheModelAndReportsWhatItIgnores() {
        ConfigReport<CibSnapshot> report = new CibReader(Path.of("cib.xml")).read(xml.read(CIB));
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                "cib.xml:23: warning: /cib/configuration/resources/primitive[@id='vip']/utilization[@id='vip-u']: "
                        + "not supported by hactl: <utilization> (ignored)",
                "cib.xml:37: warning: /cib/configuration/fencing-topology: not supported by hactl: "
                        + "<fencing-topology> (ignored)");
        CibSnapshot cib = report.get();
        assertThat(cib.version()).isEqualTo(new CibVersion(1, 12, 3));
        assertThat(cib.haveQuorum()).isFalse();
        assertThat(cib.nodes().get(0).attributes()).containsEntry("standby", "on");
        assertThat(cib.resources().get(0).operations().get(0).interval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(cib.resources().get(0).params()).containsEntry("ip", "150.214.153.235");
        LocationConstraint location = (LocationConstraint) cib.constraints().get(0);
        assertThat(location.rules().get(0).and()).isFalse();
        assertThat(location.rules().get(0).score().getAsInt()).isEqualTo(-1_000_000);
        assertThat(cib.status().get(0).history().get(0).operations())
                .containsExactly(new OperationRecord("vip_last_0", "start", 0, 0, 0, 5, 1_700_000_000L));
    }

    @Test
    void versionsCompareAsPacemakerDoes() {
        assertThat(new CibVersion(1, 0, 0)).isGreaterThan(new CibVersion(0, 99, 99));
        assertThat(new CibVersion(0, 5, 1)).isGreaterThan(new CibVersion(0, 4, 99));
        assertThat(new CibVersion(0, 5, 1).nextEpoch()).isEqualTo(new CibVersion(0, 6, 0));
    }
}
