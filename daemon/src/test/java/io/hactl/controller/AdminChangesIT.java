package io.hactl.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.cib.xml.CibTree;
import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admin changes on a running two-node cluster, made on either node, checked against the agents' own state. */
class AdminChangesIT extends SeedClusterTest {
    private static final Duration ANSWER = Duration.ofSeconds(10);

    private ChangeOutcome change(String node, String command, Map<String, Object> args) {
        return cluster.node(node).controller().change(command, args, ANSWER).join();
    }

    @Test
    void standbyMovesTheGroupAndOnlineLetsStickinessKeepIt() throws Exception {
        cluster.start("ast1");
        cluster.start("ast2");
        awaitGroupOn("ast1");

        ChangeOutcome standby = change("ast2", "node-standby", Map.of("node", "ast1"));
        assertThat(standby.ok()).isTrue();
        assertThat(standby.message()).isEqualTo("ast1 is now in standby: its resources move away");
        awaitGroupOn("ast2");

        assertThat(change("ast1", "node-online", Map.of()).message())
                .isEqualTo("ast1 is online: resources may return to it, as resource-stickiness allows");
        // 90 + stickiness 2 × 20 > 100: the group stays on ast2, as in the seed
        await().during(timing.seconds(1)).atMost(timing.seconds(3)).until(() ->
                cluster.runningOn("failover-asterisk").equals(List.of("ast2")));
    }

    @Test
    void moveIsAConstraintUntilUnmovedAndUnknownResourcesAreRefused() throws Exception {
        cluster.start("ast1");
        cluster.start("ast2");
        awaitGroupOn("ast1");

        ChangeOutcome moved = change("ast1", "resource-move", Map.of("resource", "asterisk-group", "node", "ast2"));
        assertThat(moved.message()).startsWith("asterisk-group moves to ast2 (constraint cli-prefer-asterisk-group");
        awaitGroupOn("ast2");
        assertThat(cluster.node("ast1").controller().snapshot().cib().constraints())
                .anyMatch(c -> c.id().equals("cli-prefer-asterisk-group"));

        ChangeOutcome unknown = change("ast2", "resource-move", Map.of("resource", "asterisk2", "node", "ast1"));
        assertThat(unknown.ok()).isFalse();
        assertThat(unknown.message()).startsWith("no resource or group named \"asterisk2\"");

        assertThat(change("ast2", "resource-unmove", Map.of("resource", "asterisk-group")).message())
                .startsWith("removed cli-prefer-asterisk-group");
        await().atMost(timing.seconds(5)).until(() -> cluster.node("ast2").controller().snapshot().cib()
                .constraints().stream().noneMatch(c -> c.id().startsWith("cli-")));
    }

    @Test
    void failCountsAreShownDeletedAndCleanupReprobes() throws Exception {
        cluster.start("ast1");
        cluster.start("ast2");
        awaitGroupOn("ast1");
        Files.delete(cluster.stateFile("ast1", "failover-asterisk"));
        await().atMost(timing.seconds(10)).until(() -> failcounts("ast2").get("ast1") == 1
                && cluster.runs("ast1", "failover-asterisk"));

        ChangeOutcome deleted = change("ast1", "failcount",
                Map.of("resource", "failover-asterisk", "action", "delete", "node", "ast1"));
        assertThat(deleted.message()).isEqualTo("fail count of failover-asterisk on ast1 deleted: it may run there again");
        await().atMost(timing.seconds(5)).until(() -> failcounts("ast1").get("ast1") == 0);

        ChangeOutcome cleaned = change("ast2", "resource-cleanup", Map.of("resource", "failover-asterisk"));
        assertThat(cleaned.ok()).isTrue();
        await().atMost(timing.seconds(5)).until(() -> cluster.runningOn("failover-asterisk").equals(List.of("ast1")));
    }

    private Map<String, Integer> failcounts(String from) {
        ChangeOutcome shown = change(from, "failcount", Map.of("resource", "failover-asterisk", "action", "show"));
        Map<String, Integer> counts = new java.util.HashMap<>();
        ((Map<?, ?>) shown.result().get("failcounts")).forEach((node, n) ->
                counts.put(String.valueOf(node), ((Number) n).intValue()));
        return counts;
    }

    @Test
    void aCommitNamingAnUnknownResourceIsRefusedAndChangesNothing() throws Exception {
        cluster.start("ast1");
        cluster.start("ast2");
        awaitGroupOn("ast1");
        XmlElement before = cluster.node("ast2").controller().snapshot().tree();
        String broken = new XmlFiles().toText(before.child("configuration").orElseThrow())
                .replace("rsc=\"asterisk-group\"", "rsc=\"asterisk-grup\"");

        ChangeOutcome refused = change("ast2", "config-commit", Map.of("xml", broken, "file", "new.xml"));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.message()).contains("asterisk-grup");
        assertThat(CibTree.version(cluster.node("ast1").controller().snapshot().tree()).epoch())
                .isEqualTo(CibTree.version(before).epoch());
    }

    @Test
    void aNodeRejoiningWithAStaleCibIsBroughtUpToDate() throws Exception {
        cluster.start("ast1");
        cluster.start("ast2");
        awaitGroupOn("ast1");
        assertThat(change("ast1", "property-set", Map.of("name", "cluster-recheck-interval", "value", "5min")).ok())
                .isTrue();
        cluster.stop("ast2", Duration.ofSeconds(10));
        assertThat(change("ast1", "property-set", Map.of("name", "cluster-recheck-interval", "value", "7min")).ok())
                .isTrue();
        long epoch = CibTree.version(cluster.node("ast1").controller().snapshot().tree()).epoch();

        XmlElement stale;
        try (InputStream in = getClass().getResourceAsStream("/controller/seed-cib.xml")) {
            stale = new XmlFiles().read(in);
        }
        ControllerCluster.Node ast2 = cluster.start("ast2", stale);
        await().atMost(timing.seconds(10)).until(() -> CibTree.version(ast2.controller().snapshot().tree()).epoch()
                >= epoch && ast2.controller().snapshot().cib().property("cluster-recheck-interval")
                .equals(java.util.Optional.of("7min")));
    }

    @Test
    void hbStandbyGivesTheGroupAwayAndHbTakeoverTakesItBack() throws Exception {
        cluster.start("ast1");
        cluster.start("ast2");
        awaitGroupOn("ast1");

        ChangeOutcome standby = change("ast1", "hb-standby", Map.of("which", "local"));
        assertThat(standby.message()).startsWith("ast1 gives up asterisk-group (hb_standby local");
        awaitGroupOn("ast2");
        assertThat(change("ast1", "hb-standby", Map.of("which", "foreign")).message())
                .isEqualTo("ast1 runs no foreign resources; nothing to give up");

        ChangeOutcome takeover = change("ast1", "hb-takeover", Map.of("which", "all"));
        assertThat(takeover.message()).startsWith("ast1 takes over asterisk-group (hb_takeover all");
        awaitGroupOn("ast1");
    }

    @Test
    void aCleanStopHandsTheGroupOverBeforeLeaving() throws Exception {
        cluster.start("ast1");
        cluster.start("ast2");
        awaitGroupOn("ast1");
        assertThat(cluster.stop("ast1", Duration.ofSeconds(20))).isTrue();
        assertThat(cluster.runningOn("failover-asterisk")).doesNotContain("ast1");
        awaitGroupOn("ast2");
    }
}
