package io.hactl.cib.haresources;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.Primitive;
import io.hactl.cib.xml.CibReader;
import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import io.hactl.config.AutoFailback;
import io.hactl.config.ConfigReport;
import io.hactl.config.HaResource;
import io.hactl.config.HaResources;
import io.hactl.config.IpAddressSpec;
import io.hactl.config.ResourceGroup;
import io.hactl.scheduler.Scheduler;
import io.hactl.scheduler.Transition;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HaResourcesCibTest {
    private static final Path FILE = Path.of("/etc/ha.d/haresources");

    /** {@code ast1 IPaddr::150.214.153.235/24/eth0 asterisk} plus {@code ast2 Filesystem::/dev/sdb1::/srv::ext4}. */
    private static HaResources seedLine() throws Exception {
        HaResource vip = new HaResource("IPaddr_150_214_153_235", "IPaddr", List.of("150.214.153.235/24/eth0"),
                "IPaddr::150.214.153.235/24/eth0", 1, Optional.of(new IpAddressSpec(
                        InetAddress.getByName("150.214.153.235"), OptionalInt.of(24), Optional.of("eth0"),
                        Optional.empty())));
        HaResource asterisk = new HaResource("asterisk", "asterisk", List.of(), "asterisk", 1, Optional.empty());
        HaResource fs = new HaResource("Filesystem_dev_sdb1", "Filesystem", List.of("/dev/sdb1", "/srv", "ext4"),
                "Filesystem::/dev/sdb1::/srv::ext4", 2, Optional.empty());
        return new HaResources(FILE, List.of(
                new ResourceGroup("group_1", "ast1", List.of(vip, asterisk), 1),
                new ResourceGroup("group_2", "ast2", List.of(fs), 2)));
    }

    private static CibSnapshot translate(AutoFailback autoFailback) throws Exception {
        return translate(autoFailback, "");
    }

    /** Both nodes up; group_1 currently running wherever {@code group1Node} says (nowhere if empty). */
    private static CibSnapshot translate(AutoFailback autoFailback, String group1Node) throws Exception {
        HaResourcesCib translator = new HaResourcesCib(name -> name.equals("asterisk") ? ScriptClass.LSB
                : ScriptClass.HEARTBEAT);
        XmlElement tree = translator.translate(seedLine(), List.of("ast1", "ast2"), autoFailback);
        // Through text and back, as it is stored.
        XmlFiles xml = new XmlFiles();
        StringBuilder status = new StringBuilder("<status>");
        for (String node : List.of("ast1", "ast2")) {
            status.append("<node_state id=\"").append(node).append("\" uname=\"").append(node)
                    .append("\" in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\"><lrm><lrm_resources>");
            for (String rsc : List.of("IPaddr_150_214_153_235", "asterisk")) {
                boolean here = node.equals(group1Node);
                status.append("<lrm_resource id=\"").append(rsc).append("\"><lrm_rsc_op id=\"").append(rsc)
                        .append("_last_0\" operation=\"").append(here ? "start" : "monitor")
                        .append("\" interval=\"0\" call-id=\"3\" rc-code=\"").append(here ? 0 : 7)
                        .append("\" op-status=\"0\"/></lrm_resource>");
            }
            status.append("</lrm_resources></lrm></node_state>");
        }
        String text = xml.toText(tree).replace("<status/>", status.append("</status>").toString());
        ConfigReport<CibSnapshot> report = new CibReader(Path.of("cib.xml")).read(xml.read(text));
        assertThat(report.problems()).isEmpty();
        return report.get();
    }

    @Test
    void eachLineIsAGroupOfTranslatedAgents() throws Exception {
        CibSnapshot cib = translate(AutoFailback.ON);
        assertThat(cib.groups()).extracting(g -> g.id() + "=" + g.members())
                .containsExactly("group_1=[IPaddr_150_214_153_235, asterisk]", "group_2=[Filesystem_dev_sdb1]");
        Primitive vip = cib.primitive("IPaddr_150_214_153_235").orElseThrow();
        assertThat(vip.agent()).isEqualTo("ocf:hactl:IPaddr2");
        assertThat(vip.params()).containsExactlyInAnyOrderEntriesOf(
                Map.of("ip", "150.214.153.235", "cidr_netmask", "24", "nic", "eth0"));
        assertThat(cib.primitive("asterisk").orElseThrow().agent()).isEqualTo("lsb:asterisk");
        Primitive fs = cib.primitive("Filesystem_dev_sdb1").orElseThrow();
        assertThat(fs.agent()).isEqualTo("heartbeat:Filesystem");
        assertThat(fs.params()).containsExactlyInAnyOrderEntriesOf(Map.of("1", "/dev/sdb1", "2", "/srv", "3", "ext4"));
    }

    @Test
    void autoFailbackOnReturnsToThePreferredNodeOffStays() throws Exception {
        for (AutoFailback mode : AutoFailback.values()) {
            CibSnapshot cib = translate(mode, "");
            Transition fresh = new Scheduler().schedule(cib, Instant.EPOCH);
            assertThat(fresh.placement()).as("fresh start, auto_failback %s", mode).containsExactly(
                    Map.entry("IPaddr_150_214_153_235", Optional.of("ast1")), Map.entry("asterisk", Optional.of("ast1")),
                    Map.entry("Filesystem_dev_sdb1", Optional.of("ast2")));
            assertThat(cib.rscDefaults()).containsEntry("resource-stickiness", mode.failsBack() ? "0" : "INFINITY");

            // ast1 came back after a failover to ast2.
            Transition back = new Scheduler().schedule(translate(mode, "ast2"), Instant.EPOCH);
            String expected = mode.failsBack() ? "ast1" : "ast2";
            assertThat(back.placement().get("IPaddr_150_214_153_235")).as("auto_failback %s after ast1 returns", mode)
                    .contains(expected);
            assertThat(back.placement().get("asterisk")).contains(expected);
        }
    }
}
