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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hactl.cib.xml.XmlElement;
import io.hactl.status.StatusModel.GroupEntry;
import io.hactl.status.StatusModel.ResourceEntry;
import io.hactl.status.StatusModelBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterPropertiesTest {

    @Test
    void aNewPropertyGoesIntoCibBootstrapOptionsAndMaintenanceModeLeavesResourcesAlone() throws Exception {
        XmlElement cib = seed();
        XmlElement edited = ClusterProperties.setProperty(cib, "maintenance-mode", Optional.of("true"));
        assertThat(flat(XML.toText(edited))).contains(flat("""
                      <cluster_property_set id="cib-bootstrap-options">
                        <nvpair id="opt-no-quorum-policy" name="no-quorum-policy" value="ignore"/>
                        <nvpair id="opt-stonith-enabled" name="stonith-enabled" value="false"/>
                        <nvpair id="cib-bootstrap-options-maintenance-mode" name="maintenance-mode" value="true"/>
                      </cluster_property_set>"""));
        assertThat(comments(edited)).isEqualTo(comments(cib));
        assertThat(ClusterProperties.property(edited, "maintenance-mode")).contains("true");
        XmlElement standby = NodeAttributes.setNodeAttribute(edited, "ast1", "standby", Optional.of("on"));
        assertThat(placement(standby, NOW)).containsValues("ast1", "ast1");
        GroupEntry group = (GroupEntry) StatusModelBuilder.build(EditFixtures.read(standby), List.of(), null, true,
                NOW).resources().get(0);
        assertThat(group.members()).extracting(ResourceEntry::managed).containsExactly(false, false);
    }

    @Test
    void anExistingPropertyIsUpdatedInPlaceAndRemoved() throws Exception {
        XmlElement edited = ClusterProperties.setProperty(seed(), "no-quorum-policy", Optional.of("stop"));
        assertThat(lines(edited, "name=\"no-quorum-policy\"")).containsExactly(
                "<nvpair id=\"opt-no-quorum-policy\" name=\"no-quorum-policy\" value=\"stop\"/>");
        XmlElement removed = ClusterProperties.setProperty(edited, "no-quorum-policy", Optional.empty());
        assertThat(lines(removed, "name=\"no-quorum-policy\"")).isEmpty();
        assertThat(ClusterProperties.property(removed, "no-quorum-policy")).isEmpty();
    }

    @Test
    void crmConfigIsCreatedFirstWhenAbsent() {
        XmlElement cib = haresources();
        XmlElement bare = ConfigurationSection.replaceConfiguration(cib,
                Trees.remove(cib.child("configuration").orElseThrow(), e -> e.name().equals("crm_config")));
        XmlElement edited = ClusterProperties.setProperty(bare, "stonith-enabled", Optional.of("false"));
        assertThat(flat(XML.toText(edited))).contains(flat("""
                  <configuration>
                    <crm_config>
                      <cluster_property_set id="cib-bootstrap-options">
                        <nvpair id="cib-bootstrap-options-stonith-enabled" name="stonith-enabled" value="false"/>
                      </cluster_property_set>
                    </crm_config>
                    <nodes>"""));
        assertThat(ClusterProperties.setProperty(cib, "cluster-recheck-interval", Optional.of("5min")))
                .satisfies(c -> assertThat(EditFixtures.read(c).property("cluster-recheck-interval"))
                        .contains("5min"));
    }

    @Test
    void valuesPacemakerWouldMisreadAreRefused() throws Exception {
        XmlElement cib = seed();
        assertThatThrownBy(() -> ClusterProperties.setProperty(cib, "stonith-enabled", Optional.of("maybe")))
                .isInstanceOf(CibEditException.class)
                .hasMessage("cluster property stonith-enabled cannot be \"maybe\": expected true or false");
        assertThatThrownBy(() -> ClusterProperties.setProperty(cib, "no-quorum-policy", Optional.of("sometimes")))
                .hasMessage("cluster property no-quorum-policy cannot be \"sometimes\": expected stop, freeze, "
                        + "ignore, demote, suicide");
        assertThatThrownBy(() -> ClusterProperties.setProperty(cib, "default-resource-stickiness",
                Optional.of("lots"))).hasMessage("cluster property default-resource-stickiness cannot be \"lots\": "
                        + "expected an integer, INFINITY or -INFINITY");
        assertThatThrownBy(() -> ClusterProperties.setProperty(cib, "cluster-recheck-interval",
                Optional.of("soon"))).hasMessage("cluster property cluster-recheck-interval cannot be \"soon\": "
                        + "expected a time such as 15min, 30s or PT15M");
        assertThat(ClusterProperties.setProperty(cib, "default-resource-stickiness", Optional.of("INFINITY")))
                .isNotNull();
        assertThat(ClusterProperties.setProperty(cib, "symmetric-cluster", Optional.of("yes"))).isNotNull();
        assertThat(lines(ClusterProperties.setProperty(cib, "cluster-name", Optional.of("asterisk")),
                "cluster-name")).containsExactly("<nvpair id=\"cib-bootstrap-options-cluster-name\" "
                        + "name=\"cluster-name\" value=\"asterisk\"/>");
    }
}
