package io.hactl.controller;

import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import io.hactl.executor.AgentDirectories;
import io.hactl.executor.ExecutorSettings;
import io.hactl.executor.ResourceExecutor;
import io.hactl.executor.ThreadScheduling;
import io.hactl.membership.FailureDetectorSettings;
import io.hactl.membership.Membership;
import io.hactl.membership.TestNodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Controllers of several nodes in this JVM, each with its own membership (UDP on 127.0.0.1), executor and agent
 * scratch directory, running the test agents of {@code src/test/resources/ocf}. A resource "runs" on a node while
 * the agent's own state file exists in that node's directory: tests read that, not the controller's bookkeeping.
 */
final class ControllerCluster implements AutoCloseable {
    record Node(String name, Membership membership, ResourceExecutor executor, ThreadScheduling scheduling,
            Controller controller) {}

    private final TestNodes network;
    private final Path scratch;
    private final XmlElement cib;
    private final Map<String, Node> nodes = new HashMap<>();
    private final List<Node> all = new ArrayList<>();

    ControllerCluster(Path scratch, String cibResource) throws IOException {
        this.network = new TestNodes(3);
        this.scratch = scratch;
        try (InputStream in = ControllerCluster.class.getResourceAsStream(cibResource)) {
            this.cib = new XmlFiles().read(in);
        }
    }

    Node start(String name) throws Exception {
        return start(name, cib);
    }

    Node start(String name, XmlElement initial) throws Exception {
        return start(name, initial, FailureDetectorSettings.loopbackTests());
    }

    Node start(String name, XmlElement initial, FailureDetectorSettings timing) throws Exception {
        Path agentTmp = scratch.resolve(name);
        Files.createDirectories(agentTmp);
        ThreadScheduling scheduling = ThreadScheduling.systemClock();
        AgentDirectories agents = new AgentDirectories(Path.of("src/test/resources/ocf").toAbsolutePath(),
                scratch.resolve("init.d"), scratch.resolve("resource.d"));
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("HA_RSCTMP", agentTmp.toString());
        ResourceExecutor executor = new ResourceExecutor(agents, ExecutorSettings.defaults(), scheduling, env);
        Membership membership = new Membership(new Membership.Settings(name, TestNodes.LISTED, false,
                network.transport(), timing, TestNodes.keys("s3cret"),
                System.currentTimeMillis(), Optional.empty()), Clock.systemUTC(), System::nanoTime);
        Controller controller = new Controller(name, TestNodes.LISTED, membership, membership, executor,
                Optional.empty(), Path.of("cib.xml"), initial, Clock.systemUTC());
        controller.attach(membership);
        membership.start();
        controller.start();
        Node node = new Node(name, membership, executor, scheduling, controller);
        nodes.put(name, node);
        all.add(node);
        return node;
    }

    Node node(String name) {
        return nodes.get(name);
    }

    /** The agent's own state file for a resource on a node. */
    Path stateFile(String node, String resource) {
        return scratch.resolve(node).resolve("Stateful-" + resource + ".state");
    }

    boolean runs(String node, String resource) {
        return Files.exists(stateFile(node, resource));
    }

    /** Nodes where the agent says the resource runs. */
    List<String> runningOn(String resource) {
        return nodes.keySet().stream().sorted().filter(n -> runs(n, resource)).toList();
    }

    /** The node dies: no goodbye, its controller and executor gone, its agents' state left as it was. */
    void crash(String name) throws Exception {
        Node node = nodes.remove(name);
        node.controller().close();
        node.membership().crashForTests();
        node.executor().close();
        node.scheduling().close();
    }

    /** A clean stop, as hactld does on SIGTERM: resources leave first, then the node leaves. */
    boolean stop(String name, java.time.Duration timeout) {
        Node node = nodes.remove(name);
        boolean handedOver = node.controller().shutdown(timeout);
        node.controller().close();
        node.membership().leave();
        node.executor().close();
        node.scheduling().close();
        return handedOver;
    }

    @Override
    public void close() {
        for (Node node : all) {
            try {
                node.controller().close();
                node.membership().leave();
                node.executor().close();
                node.scheduling().close();
            } catch (RuntimeException e) {
                // already stopped by the test
            }
        }
        network.close();
    }
}
