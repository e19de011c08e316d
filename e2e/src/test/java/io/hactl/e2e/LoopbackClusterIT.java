package io.hactl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The demo's cluster without root: three hactld processes on loopback, each heartbeating from its own 127.0.0.N
 * ({@code hactld --bind}), run the group as Dummy resources, move it when the active node freezes, and answer
 * hactl as the user who started them (apiauth).
 */
class LoopbackClusterIT {

    @Test
    void threeDaemonsOnLoopbackFailOverWhenTheActiveOneFreezes() throws Exception {
        ClusterSpec spec = ClusterSpec.of(Profile.FAST).withNodes(3);
        try (LoopbackCluster cluster = LoopbackCluster.create(spec, Files.createTempDirectory("hactl-loopback-"))) {
            cluster.startAll();
            await().atMost(Duration.ofSeconds(60)).until(() -> cluster.serving().isPresent());
            assertThat(cluster.serving()).contains("ast1");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> cluster.hactl(1, "status").output().contains("Online: [ ast1 ast2 ast3 ]"));

            cluster.loseNode(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> cluster.serving().filter("ast2"::equals).isPresent());
            assertThat(cluster.hactl(2, "status").output()).contains("OFFLINE: [ ast1 ]");

            cluster.restoreNode(1);
            assertThat(cluster.hactl(2, "standby", "ast2").exitCode()).isZero();
            await().atMost(Duration.ofSeconds(30)).until(() -> cluster.serving().filter("ast2"::equals).isEmpty()
                    && cluster.serving().isPresent());
        }
    }
}
