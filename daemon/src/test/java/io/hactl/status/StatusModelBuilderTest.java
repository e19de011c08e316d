package io.hactl.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.xml.CibFiles;
import io.hactl.config.ConfigReport;
import io.hactl.membership.NodeStatus;
import io.hactl.status.StatusModel.FailedAction;
import io.hactl.status.StatusModel.NodeCondition;
import io.hactl.status.StatusModel.ResourceEntry;
import io.hactl.status.StatusModel.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the golden cases do not show: a live DC and membership, a blocked stop, a monitor timeout, unmanaged. */
class StatusModelBuilderTest {
    @TempDir
    Path dir;

    private static final String OP = "<lrm_rsc_op id=\"%s\" operation=\"%s\" call-id=\"%d\" rc-code=\"%d\""
            + " op-status=\"%d\" interval=\"%d\" last-rc-change=\"1767225000\" exec-time=\"20000\" queue-time=\"5\"/>";

    private CibSnapshot cib() throws Exception {
        return cib("member");
    }

    private CibSnapshot cib(String n2Join) throws Exception {
        String xml = """
                <cib admin_epoch="0" epoch="3" num_updates="7" have-quorum="1">
                  <configuration>
                    <crm_config><cluster_property_set id="o">
                      <nvpair id="s" name="stonith-enabled" value="false"/>
                    </cluster_property_set></crm_config>
                    <nodes><node id="n1" uname="n1"/><node id="n2" uname="n2"/></nodes>
                    <resources>
                      <primitive id="stuck" class="ocf" provider="pacemaker" type="Dummy"/>
                      <primitive id="slow" class="ocf" provider="pacemaker" type="Dummy"/>
                      <primitive id="left" class="ocf" provider="pacemaker" type="Dummy">
                        <meta_attributes id="m"><nvpair id="u" name="is-managed" value="false"/></meta_attributes>
                      </primitive>
                    </resources>
                    <constraints>
                      <rsc_location id="cli-ban-slow-on-n1" rsc="slow" node="n1" score="-INFINITY"/>
                    </constraints>
                  </configuration>
                  <status>
                    <node_state id="n1" uname="n1" in_ccm="true" crmd="online" join="member" expected="member">
                      <lrm id="n1"><lrm_resources>
                        <lrm_resource id="stuck" class="ocf" provider="pacemaker" type="Dummy">%s%s</lrm_resource>
                        <lrm_resource id="slow" class="ocf" provider="pacemaker" type="Dummy">%s%s</lrm_resource>
                        <lrm_resource id="left" class="ocf" provider="pacemaker" type="Dummy">%s</lrm_resource>
                      </lrm_resources></lrm>
                    </node_state>
                    <node_state id="n2" uname="n2" in_ccm="true" crmd="online" join="%s" expected="member"/>
                  </status>
                </cib>
                """.formatted(
                OP.formatted("stuck_start_0", "start", 1, 0, 0, 0), OP.formatted("stuck_stop_0", "stop", 2, 1, 0, 0),
                OP.formatted("slow_start_0", "start", 3, 0, 0, 0),
                OP.formatted("slow_monitor_10000", "monitor", 4, 1, 2, 10_000),
                OP.formatted("left_start_0", "start", 5, 0, 0, 0), n2Join);
        Path file = Files.writeString(dir.resolve("cib.xml"), xml);
        ConfigReport<CibSnapshot> report = new CibFiles().load(file);
        assertThat(report.errors()).isEmpty();
        return report.get();
    }

    @Test
    void aNodeInTheViewWhoseJoinIsNotCompleteIsPending() throws Exception {
        StatusModel model = StatusModelBuilder.build(cib("pending"), List.of(), "n1", true, StatusGoldenTest.NOW);

        assertThat(model.nodes()).extracting(StatusModel.NodeEntry::condition)
                .containsExactly(StatusModel.NodeCondition.ONLINE, StatusModel.NodeCondition.PENDING);
        assertThat(StatusText.render(model)).contains("  * Node n2: pending\n");
        assertThat(StatusJson.render(model)).contains("{\"name\":\"n2\",\"state\":\"pending\"");
    }

    @Test
    void carriesDcQuorumAndMembershipAges() throws Exception {
        List<NodeStatus> membership = List.of(
                new NodeStatus("n1", NodeStatus.State.LOCAL, true, Optional.empty()),
                new NodeStatus("n2", NodeStatus.State.ACTIVE, true, Optional.of(Duration.ofMillis(250))));
        StatusModel model = StatusModelBuilder.build(cib(), membership, "n1", false, StatusGoldenTest.NOW);

        assertThat(model.summary().dc()).contains("n1");
        assertThat(model.summary().quorum()).isFalse();
        assertThat(model.summary().cibVersion()).isEqualTo("0.3.7");
        assertThat(model.nodes()).extracting(StatusModel.NodeEntry::condition)
                .containsExactly(NodeCondition.ONLINE, NodeCondition.ONLINE);
        assertThat(model.nodes().get(1).lastHeard()).contains(Duration.ofMillis(250));
        String text = StatusText.render(model);
        assertThat(text).contains("  * Current DC: n1 - partition WITHOUT quorum\n")
                .contains("  * Node n2: last heard 250ms ago\n");
        assertThat(StatusJson.render(model)).contains("\"dc\":\"n1\",\"quorum\":false")
                .contains("\"name\":\"n2\",\"state\":\"online\",\"active_resources\":false,\"last_heard_ms\":250");
    }

    @Test
    void aFailedStopBlocksATimeoutIsNotAnRcAndUnmanagedIsSaid() throws Exception {
        StatusModel model = StatusModelBuilder.build(cib(), List.of(), null, true, StatusGoldenTest.NOW);
        List<ResourceEntry> resources = model.resources().stream().map(ResourceEntry.class::cast).toList();
        assertThat(resources).extracting(ResourceEntry::role)
                .containsExactly(Role.BLOCKED, Role.FAILED, Role.UNMANAGED);

        FailedAction timeout = model.failedActions().stream().filter(a -> a.resource().equals("slow")).findFirst()
                .orElseThrow();
        assertThat(timeout.execStatus()).isEqualTo("Timed Out");
        assertThat(timeout.execMs()).isEqualTo(20_000);
        assertThat(model.moves()).singleElement()
                .satisfies(m -> assertThat(m.ban()).isTrue())
                .satisfies(m -> assertThat(m.node()).contains("n1"));

        String text = StatusText.render(model);
        assertThat(text)
                .contains("  * stuck\t(ocf:pacemaker:Dummy):\t FAILED n1 (blocked)\n")
                .contains("  * slow\t(ocf:pacemaker:Dummy):\t FAILED n1\n")
                .contains("  * left\t(ocf:pacemaker:Dummy):\t Started n1 (unmanaged)\n")
                .contains("  * cli-ban-slow-on-n1: slow banned from n1 (score=-INFINITY)\n")
                .contains("  * slow_monitor_10000 on n1 could not be executed (Timed Out): call=4, status='Timed Out',"
                        + " exitreason='',"
                        + " last-rc-change='Wed Dec 31 23:50:00 2025', queued=5ms, exec=20000ms\n")
                .contains("  * stuck_stop_0 on n1 'error' (1): call=2, status='complete'");
    }
}
