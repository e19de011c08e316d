package io.hactl.cib.edit;

import static io.hactl.cib.edit.EditFixtures.NOW;
import static io.hactl.cib.edit.EditFixtures.XML;
import static io.hactl.cib.edit.EditFixtures.flat;
import static io.hactl.cib.edit.EditFixtures.haresources;
import static io.hactl.cib.edit.EditFixtures.lines;
import static io.hactl.cib.edit.EditFixtures.placement;
import static io.hactl.cib.edit.EditFixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hactl.cib.edit.StatusEdits.Cleaned;
import io.hactl.cib.edit.StatusEdits.Cleanup;
import io.hactl.cib.xml.XmlElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusEditsTest {
    /** ast1 with a per-operation fail count and last failure of failover-asterisk, as Pacemaker 2 writes them. */
    private static XmlElement seedWithFailure() throws Exception {
        String transients = """
                <transient_attributes id="ast1"><instance_attributes id="status-ast1">\
                <nvpair id="status-ast1-fail-count-failover-asterisk.monitor_15000" \
                name="fail-count-failover-asterisk#monitor_15000" value="1"/>\
                <nvpair id="status-ast1-last-failure-failover-asterisk.monitor_15000" \
                name="last-failure-failover-asterisk#monitor_15000" value="1767225000"/>\
                </instance_attributes></transient_attributes>""";
        String text = Files.readString(Path.of("../conf/asterisk-seed/cib.xml"));
        return XML.read(text.replace("<status/>", EditFixtures.status(List.of("failover-ip", "failover-asterisk"),
                transients)));
    }

    @Test
    void setFailCountWritesTheAttributeManagersIdsAndThresholdMovesTheGroup() throws Exception {
        XmlElement edited = StatusEdits.setFailCount(seed(), "ast1", "failover-asterisk", 1);
        assertThat(flat(XML.toText(edited))).contains(flat("""
                    <node_state id="ast1" uname="ast1" in_ccm="true" crmd="online" join="member" expected="member">
                      <lrm id="ast1">""")).contains(flat("""
                      </lrm>
                      <transient_attributes id="ast1">
                        <instance_attributes id="status-ast1">
                          <nvpair id="status-ast1-fail-count-failover-asterisk" name="fail-count-failover-asterisk" value="1"/>
                        </instance_attributes>
                      </transient_attributes>
                    </node_state>"""));
        assertThat(StatusEdits.failCount(edited, "ast1", "failover-asterisk")).isEqualTo(1);
        assertThat(placement(edited, NOW)).containsValues("ast2", "ast2");
    }

    @Test
    void setFailCountReplacesThePerOperationEntries() throws Exception {
        XmlElement cib = seedWithFailure();
        assertThat(StatusEdits.failCount(cib, "ast1", "failover-asterisk")).isEqualTo(1);
        XmlElement edited = StatusEdits.setFailCount(cib, "ast1", "failover-asterisk", 3);
        assertThat(lines(edited, "fail-count")).containsExactly("<nvpair id=\"status-ast1-fail-count-failover-asterisk\""
                + " name=\"fail-count-failover-asterisk\" value=\"3\"/>");
        assertThat(lines(edited, "last-failure")).hasSize(1);
        assertThat(StatusEdits.failCount(StatusEdits.setFailCount(cib, "ast1", "failover-asterisk", 0), "ast1",
                "failover-asterisk")).isZero();
    }

    @Test
    void deletingTheFailCountLetsTheResourceBack() throws Exception {
        XmlElement cib = seedWithFailure();
        assertThat(placement(cib, NOW)).containsValues("ast2", "ast2");
        XmlElement edited = StatusEdits.deleteFailCount(cib, "ast1", "failover-asterisk");
        assertThat(lines(edited, "failover-asterisk.monitor")).isEmpty();
        assertThat(lines(edited, "status-ast1")).containsExactly("<instance_attributes id=\"status-ast1\"/>");
        assertThat(placement(edited, NOW)).containsValues("ast1", "ast1");
    }

    @Test
    void aFailCountOnANodeWithoutStateCreatesIt() {
        XmlElement cib = haresources();
        XmlElement bare = Trees.replace(cib, cib.child("status").orElseThrow(), Trees.element("status"));
        XmlElement edited = StatusEdits.setFailCount(bare, "ast2", "asterisk", 2);
        assertThat(flat(XML.toText(edited))).contains(flat("""
                  <status>
                    <node_state id="ast2" uname="ast2">
                      <transient_attributes id="ast2">
                        <instance_attributes id="status-ast2">
                          <nvpair id="status-ast2-fail-count-asterisk" name="fail-count-asterisk" value="2"/>
                        </instance_attributes>
                      </transient_attributes>
                    </node_state>
                  </status>"""));
        assertThat(StatusEdits.failCount(edited, "ast2", "asterisk")).isEqualTo(2);
    }

    @Test
    void cleanupOfAGroupForgetsItsMembersHistoryAndFailures() throws Exception {
        Cleanup cleanup = StatusEdits.cleanup(seedWithFailure(), Optional.of("asterisk-group"), Optional.of("ast1"));
        assertThat(cleanup.cleaned()).containsExactly(new Cleaned("failover-ip", "ast1"),
                new Cleaned("failover-asterisk", "ast1"));
        String text = XML.toText(cleanup.cib());
        assertThat(text).doesNotContain("fail-count").doesNotContain("last-failure")
                .contains("<lrm_resources/>").contains("<lrm_resource id=\"failover-ip\">");
        EditFixtures.read(cleanup.cib());
    }

    @Test
    void cleanupOfEverythingCoversEveryNode() throws Exception {
        Cleanup cleanup = StatusEdits.cleanup(seedWithFailure(), Optional.empty(), Optional.empty());
        assertThat(cleanup.cleaned()).containsExactly(new Cleaned("failover-ip", "ast1"),
                new Cleaned("failover-asterisk", "ast1"), new Cleaned("failover-ip", "ast2"),
                new Cleaned("failover-asterisk", "ast2"));
        assertThat(XML.toText(cleanup.cib())).doesNotContain("lrm_resource id");
        Cleanup again = StatusEdits.cleanup(cleanup.cib(), Optional.of("failover-ip"), Optional.empty());
        assertThat(again.cleaned()).isEmpty();
    }

    @Test
    void refusals() throws Exception {
        XmlElement cib = seed();
        assertThatThrownBy(() -> StatusEdits.setFailCount(cib, "ast1", "asterisk-group", 1))
                .isInstanceOf(CibEditException.class)
                .hasMessage("asterisk-group is a group: fail counts belong to its members failover-ip, "
                        + "failover-asterisk");
        assertThatThrownBy(() -> StatusEdits.setFailCount(cib, "ast1", "failover-ip", -1))
                .hasMessage("a fail count is 0 or more, not -1");
        assertThatThrownBy(() -> StatusEdits.deleteFailCount(cib, "ast1", "asterisk2"))
                .hasMessage("no resource or group named \"asterisk2\"; the CIB has: failover-ip, failover-asterisk,"
                        + " asterisk-group");
        assertThatThrownBy(() -> StatusEdits.cleanup(cib, Optional.of("asterisk2"), Optional.empty()))
                .hasMessage("no resource or group named \"asterisk2\"; the CIB has: failover-ip, failover-asterisk,"
                        + " asterisk-group");
    }

    @Test
    void replaceConfigurationKeepsTheStatus() throws Exception {
        XmlElement cib = seedWithFailure();
        XmlElement configuration = haresources().child("configuration").orElseThrow();
        XmlElement replaced = ConfigurationSection.replaceConfiguration(cib, configuration);
        assertThat(replaced.child("configuration")).contains(configuration);
        assertThat(replaced.child("status")).isEqualTo(cib.child("status"));
        assertThat(replaced.attributes()).isEqualTo(cib.attributes());
        assertThatThrownBy(() -> ConfigurationSection.replaceConfiguration(cib, Trees.element("resources")))
                .isInstanceOf(CibEditException.class)
                .hasMessage("expected a <configuration> element, got <resources>");
    }
}
