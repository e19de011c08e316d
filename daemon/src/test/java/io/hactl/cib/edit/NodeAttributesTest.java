package io.hactl.cib.edit;

import static io.hactl.cib.edit.EditFixtures.NOW;
import static io.hactl.cib.edit.EditFixtures.XML;
import static io.hactl.cib.edit.EditFixtures.flat;
import static io.hactl.cib.edit.EditFixtures.comments;
import static io.hactl.cib.edit.EditFixtures.haresources;
import static io.hactl.cib.edit.EditFixtures.lines;
import static io.hactl.cib.edit.EditFixtures.placement;
import static io.hactl.cib.edit.EditFixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.cib.xml.XmlElement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeAttributesTest {

    @Test
    void standbyOnIsWrittenAsCrmAttributeDoesAndMovesTheGroupAway() throws Exception {
        XmlElement cib = seed();
        XmlElement edited = NodeAttributes.setNodeAttribute(cib, "ast1", "standby", Optional.of("on"));
        assertThat(flat(XML.toText(edited))).contains(flat("""
                      <node id="ast1" uname="ast1">
                        <instance_attributes id="nodes-ast1">
                          <nvpair id="nodes-ast1-standby" name="standby" value="on"/>
                        </instance_attributes>
                      </node>
                      <node id="ast2" uname="ast2"/>"""));
        assertThat(comments(edited)).isEqualTo(comments(cib)).isPositive();
        assertThat(edited.attributes()).isEqualTo(cib.attributes());
        assertThat(NodeAttributes.standby(edited, "ast1")).isTrue();
        assertThat(placement(cib, NOW)).containsValues("ast1", "ast1");
        assertThat(placement(edited, NOW)).containsEntry("failover-ip", "ast2")
                .containsEntry("failover-asterisk", "ast2");
    }

    @Test
    void standbyOffUpdatesThePairInPlaceAndRemovingDeletesIt() throws Exception {
        XmlElement on = NodeAttributes.setNodeAttribute(seed(), "ast1", "standby", Optional.of("on"));
        XmlElement off = NodeAttributes.setNodeAttribute(on, "ast1", "standby", Optional.of("off"));
        assertThat(lines(off, "standby")).containsExactly(
                "<nvpair id=\"nodes-ast1-standby\" name=\"standby\" value=\"off\"/>");
        assertThat(NodeAttributes.standby(off, "ast1")).isFalse();
        assertThat(placement(off, NOW)).containsValues("ast1", "ast1");
        XmlElement removed = NodeAttributes.setNodeAttribute(on, "ast1", "standby", Optional.empty());
        assertThat(lines(removed, "standby")).isEmpty();
        assertThat(NodeAttributes.nodeAttribute(removed, "ast1", "standby")).isEmpty();
    }

    @Test
    void pacemakersTrueValuesAllMeanStandby() throws Exception {
        for (String value : new String[] {"on", "true", "yes", "1", "YES"}) {
            XmlElement cib = NodeAttributes.setNodeAttribute(seed(), "ast2", "standby", Optional.of(value));
            assertThat(NodeAttributes.standby(cib, "ast2")).as(value).isTrue();
        }
    }

    @Test
    void aNodeMissingFromTheNodesSectionIsAdded() {
        XmlElement cib = haresources();
        XmlElement withoutNodes = ConfigurationSection.replaceConfiguration(cib,
                Trees.remove(cib.child("configuration").orElseThrow(), e -> e.name().equals("nodes")));
        XmlElement edited = NodeAttributes.setNodeAttribute(withoutNodes, "ast1", "standby", Optional.of("on"));
        assertThat(flat(XML.toText(edited))).contains(flat("""
                    <crm_config>""")).contains(flat("""
                    <nodes>
                      <node id="ast1" uname="ast1">
                        <instance_attributes id="nodes-ast1">
                          <nvpair id="nodes-ast1-standby" name="standby" value="on"/>
                        </instance_attributes>
                      </node>
                    </nodes>
                    <resources>"""));
        assertThat(placement(edited, NOW)).containsEntry("vip", "ast2").containsEntry("asterisk", "ast2");
        assertThat(NodeAttributes.setNodeAttribute(withoutNodes, "ast1", "standby", Optional.empty()))
                .isSameAs(withoutNodes);
    }

    @Test
    void aNodeWithANumericIdGetsPacemakersSetIdFromTheId() {
        XmlElement cib = XML.read("""
                <cib><configuration><nodes><node id="1" uname="ast1"><instance_attributes id="ast1-a">
                <nvpair id="ast1-x" name="x" value="1"/></instance_attributes></node></nodes></configuration></cib>""");
        XmlElement edited = NodeAttributes.setNodeAttribute(cib, "ast1", "standby", Optional.of("on"));
        assertThat(lines(edited, "nodes-1")).containsExactly("<instance_attributes id=\"nodes-1\">",
                "<nvpair id=\"nodes-1-standby\" name=\"standby\" value=\"on\"/>");
    }
}
