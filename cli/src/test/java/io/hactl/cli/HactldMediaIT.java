package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.testing.HactldProcess;
import io.hactl.testing.LogLines;
import io.hactl.testing.NetnsLab;
import io.hactl.testing.TestTiming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each ha.cf medium forms a real two-node cluster between network namespaces. */
@Tag("netns")
class HactldMediaIT {

    private final TestTiming timing = TestTiming.fromSystemProperties();
    private static Path launcher;

    @BeforeAll
    static void needsNamespacesAndTheJar() {
        launcher = NetnsHactld.launcher();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bcast eth0", "mcast eth0 239.255.6.94 694 1 0"})
    void twoNodesFormOneView(String medium) throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "hactld-media");
        try (NetnsLab lab = NetnsLab.create(2)) {
            List<String> timings = List.of("keepalive 200ms", "warntime 600ms", "deadtime 1500ms", "initdead 3");
            HactldProcess ast1 = lab.start(1, lab.writeConfig(root, 1, "s3cret", timings, List.of(medium)), launcher,
                    root.resolve("ast1.log"));
            await().atMost(timing.seconds(20)).until(() -> ast1.logged(l -> l.contains("hactld running")));
            HactldProcess ast2 = lab.start(2, lab.writeConfig(root, 2, "s3cret", timings, List.of(medium)), launcher,
                    root.resolve("ast2.log"));
            await().atMost(timing.seconds(30)).until(() -> ast2.logged(l -> l.contains("membership view")
                    && LogLines.members(l).equals(Set.of("ast1", "ast2"))));
            assertThat(ast1.logged(l -> l.contains("node joined") && LogLines.about(l, "ast2"))).isTrue();
        }
    }
}
