package io.hactl.scheduler;

import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs Pacemaker's own scheduler on a CIB file: {@code crm_simulate -R -x FILE -t NOW --output-as=xml} runs
 * the transition and reports its decisions, from which we read where each primitive ends up.
 */
final class CrmSimulate {
    static final Path BINARY = Path.of("/usr/sbin/crm_simulate");

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /**
     * Placement per primitive (empty = stopped) as Pacemaker decides it, or empty if crm_simulate refused the CIB.
     * Read from the decision itself, the transition graph ({@code -G}), applied to the current status: every stop
     * and start Pacemaker would run. Neither the summary (one line per resource, even when it is stopped on two
     * nodes) nor the simulated execution (which stops early on transitions crm_simulate calls invalid) is exact.
     */
    static Optional<Map<String, Optional<String>>> placement(Path cib, Instant now)
            throws IOException, InterruptedException {
        Path graph = Files.createTempFile("hactl-graph", ".xml");
        try {
            Process process = new ProcessBuilder(BINARY.toString(), "-R", "-x", cib.toString(),
                    "-t", now.toString(), "-G", graph.toString(), "--output-as=xml")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("crm_simulate did not finish on " + cib);
            }
            XmlElement result = new XmlFiles().read(new String(output, StandardCharsets.UTF_8));
            Optional<XmlElement> current = result.child("cluster_status");
            if (current.isEmpty() || Files.size(graph) == 0) {
                return Optional.empty();
            }
            Map<String, List<String>> running = new LinkedHashMap<>();
            current.get().child("resources").ifPresent(resources -> collect(resources, running));
            List<XmlElement> ops = new ArrayList<>();
            try (var in = Files.newInputStream(graph)) {
                operations(new XmlFiles().read(in), ops);
            }
            for (String operation : List.of("stop", "start")) {
                for (XmlElement op : ops) {
                    if (op.attributeOr("operation", "").equals(operation)) {
                        String rsc = op.child("primitive").flatMap(p -> p.attribute("id")).orElse("");
                        List<String> nodes = running.computeIfAbsent(rsc, k -> new ArrayList<>());
                        String node = op.attributeOr("on_node", "");
                        if (operation.equals("stop")) {
                            nodes.remove(node);
                        } else if (!nodes.contains(node)) {
                            nodes.add(node);
                        }
                    }
                }
            }
            Map<String, Optional<String>> placement = new LinkedHashMap<>();
            running.forEach((rsc, nodes) -> placement.put(rsc, nodes.stream().findFirst()));
            return Optional.of(placement);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Optional.empty();
        } finally {
            Files.deleteIfExists(graph);
        }
    }

    /** Every {@code rsc_op} that is a synapse's own action (it names its primitive), not an input reference. */
    private static void operations(XmlElement element, List<XmlElement> into) {
        element.elements().forEach(child -> {
            if (child.name().equals("rsc_op") && child.child("primitive").isPresent()) {
                into.add(child);
            } else {
                operations(child, into);
            }
        });
    }

    private static void collect(XmlElement parent, Map<String, List<String>> running) {
        parent.elements().forEach(element -> {
            if (element.name().equals("resource")) {
                running.put(element.attributeOr("id", ""), new ArrayList<>(
                        element.elements("node").map(n -> n.attributeOr("name", "")).toList()));
            } else {
                collect(element, running);
            }
        });
    }
}
