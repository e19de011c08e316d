package io.hactl.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our node and resource lines must carry the same states as Pacemaker's own {@code crm_mon -1 -r} on the same CIB
 * files: the status cases and every scheduler case. Only the "Node List" and "Full List of Resources" sections
 * are compared; the summary (stack, times) and the failed-action format differ on purpose.
 */
class StatusDifferentialTest {
    private static final Path CRM_MON = Path.of("/usr/sbin/crm_mon");

    static Stream<Path> cibs() throws IOException, URISyntaxException {
        List<Path> all = new ArrayList<>();
        for (String tree : List.of("/status", "/scheduler")) {
            Path root = Path.of(StatusDifferentialTest.class.getResource(tree).toURI());
            try (Stream<Path> folders = Files.list(root)) {
                folders.filter(Files::isDirectory).sorted().map(f -> f.resolve("cib.xml")).forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cibs")
    void nodeAndResourceLinesMatchCrmMon(Path cib) throws Exception {
        assumeTrue(Files.isExecutable(CRM_MON), "crm_mon (pacemaker-cli-utils) is not installed");
        List<String> ours = sections(StatusText.render(StatusGoldenTest.model(cib)));
        List<String> pacemaker = sections(crmMon(cib));
        assertThat(ours).as("node and resource lines of hactl status vs crm_mon -1 -r for %s", cib)
                .isEqualTo(pacemaker);
    }

    /** The lines of the "Node List:" and "Full List of Resources:" sections, headers included. */
    private static List<String> sections(String text) {
        List<String> kept = new ArrayList<>();
        boolean inside = false;
        for (String line : text.split("\n", -1)) {
            if (line.equals("Node List:") || line.equals("Full List of Resources:")) {
                inside = true;
            } else if (line.isEmpty()) {
                inside = false;
            }
            if (inside) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static String crmMon(Path cib) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(CRM_MON.toString(), "-1", "-r", "-x", cib.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("TZ", "UTC");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("crm_mon did not finish on " + cib);
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
