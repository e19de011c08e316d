package io.hactl.cib.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.cib.CibVersion;
import org.junit.jupiter.api.Test;

class CibTreeTest {
    private final XmlFiles xml = new XmlFiles();

    @Test
    void configurationChangesBumpEpochStatusChangesBumpNumUpdatesAndTheRestIsKept() {
        XmlElement cib = xml.read("<cib admin_epoch=\"2\" epoch=\"7\" num_updates=\"5\" validate-with=\"pacemaker-3.9\">"
                + "<configuration><acls/></configuration><status/><!-- note --></cib>");

        XmlElement configured = CibTree.withConfiguration(cib, xml.read("<configuration><nodes/></configuration>"));
        assertThat(CibTree.version(configured)).isEqualTo(new CibVersion(2, 8, 0));
        assertThat(xml.toText(configured)).contains("<nodes/>", "<!-- note -->", "validate-with=\"pacemaker-3.9\"")
                .doesNotContain("<acls/>");

        XmlElement updated = CibTree.withStatus(configured, xml.read("<status><node_state id=\"1\"/></status>"));
        assertThat(CibTree.version(updated)).isEqualTo(new CibVersion(2, 8, 1));
        assertThat(xml.toText(updated)).contains("<node_state id=\"1\"/>", "<nodes/>");
    }
}
