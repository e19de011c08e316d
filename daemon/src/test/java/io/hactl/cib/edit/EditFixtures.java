package io.hactl.cib.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.haresources.HaResourcesCib;
import io.hactl.cib.haresources.ScriptClass;
import io.hactl.cib.xml.CibReader;
import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import io.hactl.config.AutoFailback;
import io.hactl.config.ConfigReport;
import io.hactl.config.HaResource;
import io.hactl.config.HaResources;
import io.hactl.config.ResourceGroup;
import io.hactl.scheduler.Scheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The two CIBs the edits are tried on, running on ast1, and what the scheduler makes of an edited tree. */
final class EditFixtures {
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final XmlFiles XML = new XmlFiles();

    private EditFixtures() {}

    /** conf/asterisk-seed/cib.xml with both nodes online and asterisk-group running on ast1. */
    static XmlElement seed() throws Exception {
        String text = Files.readString(Path.of("../conf/asterisk-seed/cib.xml"));
        return XML.read(text.replace("<status/>", status(List.of("failover-ip", "failover-asterisk"), "")));
    }

    /** {@code ast1 10.0.0.10 asterisk} from haresources, running on ast1. */
    static XmlElement haresources() {
        HaResource vip = new HaResource("vip", "vip", List.of(), "vip", 1, Optional.empty());
        HaResource asterisk = new HaResource("asterisk", "asterisk", List.of(), "asterisk", 1, Optional.empty());
        HaResources haresources = new HaResources(Path.of("/etc/ha.d/haresources"),
                List.of(new ResourceGroup("group_1", "ast1", List.of(vip, asterisk), 1)));
        XmlElement tree = new HaResourcesCib(name -> ScriptClass.LSB)
                .translate(haresources, List.of("ast1", "ast2"), AutoFailback.ON);
        return XML.read(XML.toText(tree).replace("<status/>", status(List.of("vip", "asterisk"), "")));
    }

    /** A status section: ast1 and ast2 online, {@code resources} started on ast1, probed not running on ast2. */
    static String status(List<String> resources, String ast1Transients) {
        StringBuilder status = new StringBuilder("<status>");
        for (String node : List.of("ast1", "ast2")) {
            status.append("<node_state id=\"").append(node).append("\" uname=\"").append(node)
                    .append("\" in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\">");
            if (node.equals("ast1")) {
                status.append(ast1Transients);
            }
            status.append("<lrm id=\"").append(node).append("\"><lrm_resources>");
            for (String rsc : resources) {
                boolean here = node.equals("ast1");
                status.append("<lrm_resource id=\"").append(rsc).append("\"><lrm_rsc_op id=\"").append(rsc)
                        .append("_last_0\" operation=\"").append(here ? "start" : "monitor")
                        .append("\" interval=\"0\" call-id=\"3\" rc-code=\"").append(here ? 0 : 7)
                        .append("\" op-status=\"0\"/></lrm_resource>");
            }
            status.append("</lrm_resources></lrm></node_state>");
        }
        return status.append("</status>").toString();
    }

    /** The tree read back through its text, as it is stored, with no problem reported. */
    static CibSnapshot read(XmlElement cib) {
        ConfigReport<CibSnapshot> report = new CibReader(Path.of("cib.xml")).read(XML.read(XML.toText(cib)));
        assertThat(report.problems()).as("problems reading the edited CIB").isEmpty();
        return report.get();
    }

    /** Where the scheduler places every primitive ("" for stopped). */
    static Map<String, String> placement(XmlElement cib, Instant now) {
        Map<String, String> placement = new LinkedHashMap<>();
        new Scheduler().schedule(read(cib), now).placement().forEach((r, n) -> placement.put(r, n.orElse("")));
        return placement;
    }

    /** The lines of the stored text holding {@code fragment}, trimmed, for asserting exact elements. */
    static List<String> lines(XmlElement cib, String fragment) {
        return XML.toText(cib).lines().map(String::trim).filter(l -> l.contains(fragment)).toList();
    }

    /** Text with every line trimmed, so that expected elements can be written at any indentation. */
    static String flat(String text) {
        return String.join("\n", text.lines().map(String::trim).toList());
    }

    static int comments(XmlElement cib) {
        return (int) XML.toText(cib).lines().filter(l -> l.contains("<!--")).count();
    }
}
