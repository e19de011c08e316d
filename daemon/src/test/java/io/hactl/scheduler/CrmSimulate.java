package io.hactl.scheduler;

import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs Pacemaker's own scheduler on a CIB file: {@code crm_simulate -S -x FILE -t NOW --output-as=xml} simulates
 * the transition and reports the revised cluster status, from which we read where each primitive ends up.
 */
final class CrmSimulate {
    static final Path BINARY = Path.of("/usr/sbin/crm_simulate");

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Placement per primitive (empty = stopped) as Pacemaker decides it, or empty if crm_simulate refused the CIB. */
    static Optional<Map<String, Optional<String>>> placement(Path cib, Instant now)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(BINARY.toString(), "-S", "-x", cib.toString(),
                "-t", now.toString(), "--output-as=xml")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("crm_simulate did not finish on " + cib);
        }
        XmlElement result = new XmlFiles().read(new String(output, StandardCharsets.UTF_8));
        Optional<XmlElement> revised = result.child("revised_cluster_status");
        if (revised.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Optional<String>> placement = new LinkedHashMap<>();
        revised.get().child("resources").ifPresent(resources -> collect(resources, placement));
        return Optional.of(placement);
    }

    private static void collect(XmlElement parent, Map<String, Optional<String>> placement) {
        parent.elements().forEach(element -> {
            if (element.name().equals("resource")) {
                boolean active = element.attributeOr("active", "false").equals("true");
                Optional<String> node = active ? element.child("node").flatMap(n -> n.attribute("name"))
                        : Optional.empty();
                placement.put(element.attributeOr("id", ""), node);
            } else {
                collect(element, placement);
            }
        });
    }
}
