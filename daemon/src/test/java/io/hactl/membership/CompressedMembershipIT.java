package io.hactl.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.config.Compression;
import io.hactl.testing.TestTiming;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ha.cf's compression: the stack deflates messages (here every one, threshold 0) and the cluster still forms. */
class CompressedMembershipIT {
    private final TestTiming timing = TestTiming.fromSystemProperties();

    @Test
    void nodesWithCompressionFormACluster() throws Exception {
        try (TestNodes nodes = new TestNodes(2)) {
            Optional<Compression> everything = Optional.of(new Compression("zlib", 0));
            Membership ast1 = nodes.start("ast1", TestNodes.keys("s3cret"), FailureDetectorSettings.loopbackTests(), everything);
            Membership ast2 = nodes.start("ast2", TestNodes.keys("s3cret"), FailureDetectorSettings.loopbackTests(), everything);

            await().atMost(timing.seconds(10)).until(() -> ast1.view().members().size() == 2 && ast2.view().members().size() == 2);
            assertThat(ast1.protocolNames()).endsWith("FRAG2", "COMPRESS");
        }
    }

    @Test
    void withoutCompressionTheStackHasNone() throws Exception {
        try (TestNodes nodes = new TestNodes(1)) {
            Membership ast1 = nodes.start("ast1");
            assertThat(ast1.protocolNames()).doesNotContain("COMPRESS").startsWith("UDP");
        }
    }
}
