package io.hactl.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates random CIBs in the subset hactl supports, reproducibly from a seed, for differential testing against
 * Pacemaker's crm_simulate and for the scheduler benchmark. Every CIB is one Pacemaker accepts: stonith off (hactl
 * does not fence yet), ocf:pacemaker:Dummy primitives without parameters (so the op-digest Pacemaker compares is
 * the constant md5 of {@code " <parameters/>\n"}), and a complete probe history on every online node.
 */
public final class RandomCib {
    /** md5(" <parameters/>\n"): Pacemaker's digest of an operation with no parameters. */
    static final String EMPTY_DIGEST = "f2317cad3d54cec5d7d7aa7d0bf35cf8";
    /** md5(" <parameters CRM_meta_timeout=\"20000\"/>\n"): a recurring monitor keeps its (default) timeout. */
    static final String MONITOR_DIGEST = "4811cef7f7f94e3a35a70be7916cb2fd";
    /** The "now" every generated CIB is judged at (2026-01-01T00:00:00Z). */
    public static final long NOW = 1_767_225_600L;

    private static final String[] SCORES = {"-INFINITY", "-100", "0", "10", "50", "100", "200", "INFINITY"};

    private final Random random;
    private final Shape shape;
    private final List<String> nodes = new ArrayList<>();
    private final List<Boolean> online = new ArrayList<>();
    private final List<String> topLevel = new ArrayList<>();
    private final List<String> primitives = new ArrayList<>();
    private final StringBuilder status = new StringBuilder();
    private int callId = 10;

    /** How big and how eventful a generated cluster is. */
    public record Shape(int nodes, int topLevel, int constraints, boolean eventful) {
        /** About {@code primitives} resources (groups of 2-3 make up 30 % of the top level) on {@code nodes}. */
        public static Shape benchmark(int primitives, int nodes) {
            int topLevel = Math.max(1, (int) Math.round(primitives / 1.45));
            return new Shape(nodes, topLevel, topLevel / 2, false);
        }

        public static Shape small(Random random) {
            return new Shape(2 + random.nextInt(4), 1 + random.nextInt(7), random.nextInt(7), true);
        }
    }

    private RandomCib(long seed, Shape shape) {
        this.random = new Random(seed);
        this.shape = shape;
    }

    public static String generate(long seed) {
        Random sizes = new Random(seed * 31 + 7);
        return new RandomCib(seed, Shape.small(sizes)).build();
    }

    /** A small cluster in a steady state: no failures, no unmanaged or stopped resources, no node trouble. */
    public static String generateSteady(long seed) {
        Random sizes = new Random(seed * 31 + 7);
        Shape shape = Shape.small(sizes);
        return new RandomCib(seed, new Shape(shape.nodes(), shape.topLevel(), shape.constraints(), false)).build();
    }

    public static String generate(long seed, Shape shape) {
        return new RandomCib(seed, shape).build();
    }

    private boolean chance(double p) {
        return shape.eventful() && random.nextDouble() < p;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String build() {
        for (int i = 1; i <= shape.nodes(); i++) {
            nodes.add("node" + (char) ('a' + (i - 1) % 26) + (i > 26 ? Integer.toString(i) : ""));
            online.add(!chance(0.15));
        }
        if (online.stream().noneMatch(b -> b)) {
            online.set(0, true);
        }
        StringBuilder resources = new StringBuilder();
        List<List<String>> members = new ArrayList<>();
        for (int t = 0; t < shape.topLevel(); t++) {
            if (random.nextDouble() < 0.3) {
                String group = "grp" + t;
                topLevel.add(group);
                int size = 2 + random.nextInt(2);
                List<String> ids = new ArrayList<>();
                resources.append("      <group id=\"").append(group).append("\">\n").append(meta(group, "        "));
                for (int m = 0; m < size; m++) {
                    String id = group + "-r" + m;
                    ids.add(id);
                    resources.append(primitive(id, "        ", m > 0 && chance(0.08)));
                }
                resources.append("      </group>\n");
                members.add(ids);
            } else {
                String id = "rsc" + t;
                topLevel.add(id);
                resources.append(primitive(id, "      ", false));
                members.add(List.of(id));
            }
        }
        for (List<String> ids : members) {
            history(ids);
        }
        return document(resources.toString(), constraints());
    }

    private String meta(String id, String indent) {
        StringBuilder nv = new StringBuilder();
        if (chance(0.05)) {
            nv.append(nvpair(id + "-role", "target-role", "Stopped"));
        }
        if (chance(0.05)) {
            nv.append(nvpair(id + "-managed", "is-managed", "false"));
        }
        if (chance(0.3)) {
            nv.append(nvpair(id + "-stick", "resource-stickiness", pick(new String[] {"0", "5", "20", "100", "INFINITY"})));
        }
        if (chance(0.3)) {
            nv.append(nvpair(id + "-mt", "migration-threshold", Integer.toString(1 + random.nextInt(3))));
        }
        if (chance(0.1)) {
            nv.append(nvpair(id + "-ft", "failure-timeout", "60s"));
        }
        if (chance(0.1)) {
            nv.append(nvpair(id + "-prio", "priority", Integer.toString(random.nextInt(10))));
        }
        if (nv.length() == 0) {
            return "";
        }
        return indent + "<meta_attributes id=\"" + id + "-meta\">\n" + nv.toString().indent(indent.length() + 2)
                + indent + "</meta_attributes>\n";
    }

    private static String nvpair(String id, String name, String value) {
        return "<nvpair id=\"" + id + "\" name=\"" + name + "\" value=\"" + value + "\"/>\n";
    }

    private String primitive(String id, String indent, boolean memberStopped) {
        primitives.add(id);
        String meta = memberStopped ? indent + "  <meta_attributes id=\"" + id + "-meta\">"
                + nvpair(id + "-role", "target-role", "Stopped").strip() + "</meta_attributes>\n"
                : meta(id, indent + "  ");
        return indent + "<primitive id=\"" + id + "\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\">\n"
                + meta
                + indent + "  <operations><op id=\"" + id + "-mon\" name=\"monitor\" interval=\"10s\"/></operations>\n"
                + indent + "</primitive>\n";
    }

    /** Where each member of a top-level resource runs now, written as operation history and fail counts. */
    private void history(List<String> ids) {
        int home = random.nextInt(nodes.size());
        if (!shape.eventful()) {
            // Benchmark clusters: a steady state, nearly half the resources running, no probe records (Pacemaker
            // then plans probes, hactl ignores them: placement is unaffected, the files stay a realistic size).
            boolean up = online.get(home) && random.nextDouble() < 0.45;
            for (String id : ids) {
                for (int n = 0; n < nodes.size(); n++) {
                    append(n, id, up && n == home ? op(id, "start", 0, 0, n) : "", "");
                }
            }
            return;
        }
        boolean running = chance(0.45);
        for (String id : ids) {
            boolean here = running && !chance(0.1);
            int node = chance(0.15) ? random.nextInt(nodes.size()) : home;
            for (int n = 0; n < nodes.size(); n++) {
                String failure = "";
                String ops;
                if (here && n == node) {
                    ops = op(id, "start", 0, 0, n);
                    if (chance(0.15)) {
                        failure = failCount(id, "monitor_10000", Integer.toString(1 + random.nextInt(3)));
                        ops += op(id, "monitor", 10000, 7, n, NOW - lastFailureAgo);
                    } else if (chance(0.05)) {
                        failure = failCount(id, "start_0", "INFINITY");
                        ops = op(id, "start", 0, 1, n, NOW - lastFailureAgo);
                    }
                } else if (chance(0.03)) {
                    ops = op(id, "start", 0, 0, n); // active here too: multiple-active
                } else {
                    ops = op(id, "monitor", 0, 7, n);
                    if (chance(0.08)) {
                        failure = failCount(id, "monitor_10000", Integer.toString(1 + random.nextInt(3)));
                    }
                }
                append(n, id, ops, failure);
            }
        }
    }

    private long lastFailureAgo;

    private String failCount(String id, String op, String value) {
        long ago = chance(0.5) ? 30 : 600;
        lastFailureAgo = ago;
        return "<nvpair id=\"fc-" + id + "-" + op + "-" + callId + "\" name=\"fail-count-" + id + "#" + op
                + "\" value=\"" + value + "\"/>"
                + "<nvpair id=\"lf-" + id + "-" + op + "-" + callId + "\" name=\"last-failure-" + id + "#" + op
                + "\" value=\"" + (NOW - ago) + "\"/>";
    }

    private final List<StringBuilder> nodeHistory = new ArrayList<>();
    private final List<StringBuilder> nodeAttributes = new ArrayList<>();

    private void append(int node, String id, String ops, String failure) {
        while (nodeHistory.size() < nodes.size()) {
            nodeHistory.add(new StringBuilder());
            nodeAttributes.add(new StringBuilder());
        }
        if (ops.isEmpty()) {
            return;
        }
        nodeHistory.get(node).append("          <lrm_resource id=\"").append(id)
                .append("\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\">").append(ops)
                .append("</lrm_resource>\n");
        nodeAttributes.get(node).append(failure);
    }

    private String op(String id, String operation, int interval, int rc, int node) {
        return op(id, operation, interval, rc, node, NOW - 3600 + callId);
    }

    private String op(String id, String operation, int interval, int rc, int node, long changed) {
        int call = callId++;
        String key = id + "_" + operation + "_" + interval;
        String opId = interval > 0 ? key : (rc != 0 && rc != 7 ? id + "_last_failure_0" : id + "_last_" + call);
        if (rc == 7 && interval > 0) {
            opId = id + "_last_failure_0";
        }
        return "<lrm_rsc_op id=\"" + opId + "\" operation_key=\"" + key + "\" operation=\"" + operation
                + "\" crm-debug-origin=\"hactl\" crm_feature_set=\"3.16.1\" transition-key=\"" + call
                + ":1:0:00000000-0000-0000-0000-000000000000\" transition-magic=\"0:" + rc + ";" + call
                + ":1:0:00000000-0000-0000-0000-000000000000\" call-id=\"" + call + "\" rc-code=\"" + rc
                + "\" op-status=\"0\" interval=\"" + interval + "\" last-rc-change=\"" + changed
                + "\" exec-time=\"0\" queue-time=\"0\" op-digest=\"" + (interval > 0 ? MONITOR_DIGEST : EMPTY_DIGEST) + "\"/>";
    }

    private String constraints() {
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < shape.constraints(); i++) {
            String rsc = topLevel.get(random.nextInt(topLevel.size()));
            String other = topLevel.get(random.nextInt(topLevel.size()));
            String node = nodes.get(random.nextInt(nodes.size()));
            switch (random.nextInt(5)) {
                case 0, 1 -> c.append("      <rsc_location id=\"loc").append(i).append("\" rsc=\"").append(rsc)
                        .append("\" node=\"").append(node).append("\" score=\"").append(pick(SCORES)).append("\"/>\n");
                case 2 -> {
                    String other1 = nodes.get(random.nextInt(nodes.size()));
                    String op = random.nextBoolean() ? "and" : "or";
                    String cmp = random.nextInt(4) == 0 ? "ne" : "eq";
                    c.append("      <rsc_location id=\"loc").append(i).append("\" rsc=\"").append(rsc).append("\">")
                            .append("<rule id=\"loc").append(i).append("-r\" score=\"").append(pick(SCORES))
                            .append("\" boolean-op=\"").append(op).append("\">")
                            .append("<expression id=\"loc").append(i).append("-e1\" attribute=\"#uname\" operation=\"")
                            .append(cmp).append("\" value=\"").append(node).append("\"/>")
                            .append("<expression id=\"loc").append(i).append("-e2\" attribute=\"#uname\" operation=\"eq\" value=\"")
                            .append(other1).append("\"/></rule></rsc_location>\n");
                }
                case 3 -> {
                    if (!rsc.equals(other)) {
                        c.append("      <rsc_colocation id=\"col").append(i).append("\" rsc=\"").append(rsc)
                                .append("\" with-rsc=\"").append(other).append("\" score=\"")
                                .append(pick(new String[] {"INFINITY", "-INFINITY", "100", "-100", "500"}))
                                .append("\"/>\n");
                    }
                }
                default -> {
                    if (!rsc.equals(other)) {
                        c.append("      <rsc_order id=\"ord").append(i).append("\" first=\"").append(rsc)
                                .append("\" then=\"").append(other).append("\" kind=\"")
                                .append(random.nextBoolean() ? "Mandatory" : "Optional").append("\"/>\n");
                    }
                }
            }
        }
        return c.toString();
    }

    private String document(String resources, String constraints) {
        boolean quorum = !chance(0.1);
        StringBuilder nodesXml = new StringBuilder();
        for (int n = 0; n < nodes.size(); n++) {
            String name = nodes.get(n);
            nodesXml.append("      <node id=\"").append(name).append("\" uname=\"").append(name).append("\"");
            if (chance(0.1)) {
                nodesXml.append("><instance_attributes id=\"").append(name).append("-attrs\">")
                        .append(nvpair(name + "-standby", "standby", "on").strip())
                        .append("</instance_attributes></node>\n");
            } else {
                nodesXml.append("/>\n");
            }
            if (online.get(n)) {
                status.append("    <node_state id=\"").append(name).append("\" uname=\"").append(name)
                        .append("\" in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\">\n");
            } else {
                status.append("    <node_state id=\"").append(name).append("\" uname=\"").append(name)
                        .append("\" in_ccm=\"false\" crmd=\"offline\" join=\"down\" expected=\"down\">\n");
            }
            String attributes = n < nodeAttributes.size() ? nodeAttributes.get(n).toString() : "";
            if (!attributes.isEmpty()) {
                status.append("      <transient_attributes id=\"").append(name).append("\"><instance_attributes id=\"status-")
                        .append(name).append("\">").append(attributes).append("</instance_attributes></transient_attributes>\n");
            }
            status.append("      <lrm id=\"").append(name).append("\">\n        <lrm_resources>\n")
                    .append(n < nodeHistory.size() ? nodeHistory.get(n) : "")
                    .append("        </lrm_resources>\n      </lrm>\n    </node_state>\n");
        }
        String stickiness = pick(new String[] {"0", "0", "10", "50", "100"});
        return "<cib admin_epoch=\"0\" epoch=\"1\" num_updates=\"0\" validate-with=\"pacemaker-3.9\" "
                + "crm_feature_set=\"3.16.1\" have-quorum=\"" + (quorum ? 1 : 0) + "\">\n"
                + "  <configuration>\n    <crm_config>\n      <cluster_property_set id=\"opts\">\n"
                + "        " + nvpair("opt-stonith", "stonith-enabled", "false")
                + "        " + nvpair("opt-sym", "symmetric-cluster", chance(0.2) ? "false" : "true")
                + "        " + nvpair("opt-nq", "no-quorum-policy", pick(new String[] {"stop", "freeze", "ignore"}))
                + "      </cluster_property_set>\n    </crm_config>\n"
                + "    <nodes>\n" + nodesXml + "    </nodes>\n"
                + "    <resources>\n" + resources + "    </resources>\n"
                + "    <constraints>\n" + constraints + "    </constraints>\n"
                + "    <rsc_defaults><meta_attributes id=\"rsc-defaults\">"
                + nvpair("rd-stick", "resource-stickiness", stickiness).strip()
                + "</meta_attributes></rsc_defaults>\n"
                + "  </configuration>\n  <status>\n" + status + "  </status>\n</cib>\n";
    }
}
