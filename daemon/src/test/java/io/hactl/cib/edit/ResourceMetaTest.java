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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceMetaTest {

    @Test
    void aGroupTargetRoleGoesIntoCrmResourcesSetAndStopsTheGroup() throws Exception {
        XmlElement cib = seed();
        XmlElement edited = ResourceMeta.setResourceMeta(cib, "asterisk-group", "target-role",
                Optional.of("Stopped"));
        assertThat(flat(XML.toText(edited))).contains(flat("""
                          <nvpair id="asterisk-group-migration-threshold" name="migration-threshold" value="1"/>
                        </meta_attributes>""")).contains(flat("""
                        </primitive>
                        <meta_attributes id="asterisk-group-meta_attributes">
                          <nvpair id="asterisk-group-meta_attributes-target-role" name="target-role" value="Stopped"/>
                        </meta_attributes>
                      </group>"""));
        assertThat(comments(edited)).isEqualTo(comments(cib));
        assertThat(ResourceMeta.resourceMeta(edited, "asterisk-group", "target-role")).contains("Stopped");
        assertThat(placement(edited, NOW)).containsValues("", "");
    }

    @Test
    void anExistingPairIsUpdatedWhereItIs() throws Exception {
        XmlElement edited = ResourceMeta.setResourceMeta(seed(), "failover-ip", "target-role",
                Optional.of("Stopped"));
        assertThat(lines(edited, "failover-ip-target-role")).containsExactly(
                "<nvpair id=\"failover-ip-target-role\" name=\"target-role\" value=\"Stopped\"/>");
        assertThat(lines(edited, "meta_attributes-target-role")).isEmpty();
        XmlElement removed = ResourceMeta.setResourceMeta(edited, "failover-ip", "target-role", Optional.empty());
        assertThat(lines(removed, "failover-ip-target-role")).isEmpty();
        assertThat(lines(removed, "failover-ip-meta")).containsExactly("<meta_attributes id=\"failover-ip-meta\"/>");
    }

    @Test
    void isManagedFalseOnAHaresourcesPrimitiveLeavesItAlone() {
        XmlElement edited = ResourceMeta.setResourceMeta(haresources(), "asterisk", "is-managed",
                Optional.of("false"));
        assertThat(flat(XML.toText(edited))).contains(flat("""
                    <primitive id="asterisk" class="lsb" type="asterisk">
                      <meta_attributes id="asterisk-meta_attributes">
                        <nvpair id="asterisk-meta_attributes-is-managed" name="is-managed" value="false"/>
                      </meta_attributes>
                    </primitive>"""));
        assertThat(EditFixtures.read(edited).primitive("asterisk").orElseThrow().meta())
                .containsEntry("is-managed", "false");
    }

    @Test
    void anUnknownResourceIsRefusedWithWhatExists() throws Exception {
        assertThatThrownBy(() -> ResourceMeta.setResourceMeta(seed(), "asterisk2", "target-role",
                Optional.of("Stopped"))).isInstanceOf(CibEditException.class).hasMessage(
                "no resource or group named \"asterisk2\"; the CIB has: failover-ip, failover-asterisk, asterisk-group");
        assertThatThrownBy(() -> ResourceMeta.setResourceMeta(XML.read("<cib><configuration/></cib>"), "x",
                "target-role", Optional.of("Stopped"))).hasMessage(
                "no resource or group named \"x\"; the CIB has no resources");
    }
}
