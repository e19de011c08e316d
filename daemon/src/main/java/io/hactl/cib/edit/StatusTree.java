package io.hactl.cib.edit;

import io.hactl.cib.LrmResource;
import io.hactl.cib.OperationRecord;
import io.hactl.cib.Score;
import io.hactl.cib.xml.XmlElement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the coordinator writes into the {@code status} section, as Pacemaker's controller does: each node's
 * membership flags, the operation history its node reported, and the fail counts its failures add. Pure
 * functions from one tree to the next; the version is the caller's business.
 */
public final class StatusTree {
    private StatusTree() {}

    /** Membership flags of a node: in the view, and whether its controller has joined the coordinator. */
    public static XmlElement membership(XmlElement cib, String node, boolean inView, boolean joined) {
        return NodeStates.update(cib, node, state -> state
                .withAttribute("in_ccm", Boolean.toString(inView))
                .withAttribute("crmd", inView ? "online" : "offline")
                .withAttribute("join", inView ? (joined ? "member" : "pending") : "down")
                .withAttribute("expected", inView ? "member" : "down"));
    }

    public static boolean hasState(XmlElement cib, String node) {
        return NodeStates.find(cib, node).isPresent();
    }

    /** Replaces a node's whole operation history by what the node itself reports (a join). */
    public static XmlElement replaceHistory(XmlElement cib, String node, List<LrmResource> resources) {
        XmlElement entries = Trees.element("lrm_resources");
        for (LrmResource resource : resources) {
            XmlElement entry = lrmResource(resource);
            for (OperationRecord op : resource.operations()) {
                entry = Trees.append(entry, operation(resource.id(), op));
            }
            entries = Trees.append(entries, entry);
        }
        XmlElement lrm = Trees.append(Trees.element("lrm", "id", node), entries);
        return NodeStates.update(cib, node, state -> Trees.upsertById(state, lrm));
    }

    /** Records one operation result; an entry with the same id (e.g. {@code RSC_last_0}) is replaced. */
    public static XmlElement record(XmlElement cib, String node, LrmResource agent, OperationRecord op) {
        return NodeStates.update(cib, node, state -> {
            XmlElement lrm = state.child("lrm").orElseGet(() -> Trees.element("lrm", "id", node));
            XmlElement resources = Trees.childOrNew(lrm, "lrm_resources");
            XmlElement resource = resources.elements("lrm_resource")
                    .filter(r -> r.attributeOr("id", "").equals(agent.id())).findFirst()
                    .orElseGet(() -> lrmResource(agent));
            XmlElement newResources = Trees.upsertById(resources,
                    Trees.upsertById(resource, operation(agent.id(), op)));
            return state.withChild(lrm.withChild(newResources));
        });
    }

    /**
     * One more failure of {@code operationKey} ({@code monitor_15000}, {@code start_0}): Pacemaker's per-operation
     * {@code fail-count-RSC#OP_INTERVAL} grows by one (to INFINITY for {@code infinite}) and
     * {@code last-failure-RSC#OP_INTERVAL} becomes {@code at}.
     */
    public static XmlElement failure(XmlElement cib, String node, String resource, String operationKey,
            boolean infinite, Instant at) {
        String suffix = resource + "#" + operationKey;
        return NodeStates.update(cib, node, state -> {
            int count = state.child("transient_attributes")
                    .flatMap(t -> NvPairSets.value(t, "instance_attributes", "fail-count-" + suffix))
                    .map(v -> Score.parse(v).orElse(0)).orElse(0);
            int next = infinite ? Score.INFINITY : Score.add(count, 1);
            XmlElement counted = NodeStates.setTransient(state, "fail-count-" + suffix,
                    Optional.of(Score.format(next)));
            return NodeStates.setTransient(counted, "last-failure-" + suffix,
                    Optional.of(Long.toString(at.getEpochSecond())));
        });
    }

    /**
     * A node whose daemon is stopping gets Pacemaker's transient {@code shutdown} attribute plus a transient
     * standby, so that its resources leave it first; both go when {@code since} is empty (it came back).
     */
    public static XmlElement shutdown(XmlElement cib, String node, Optional<Instant> since) {
        return NodeStates.update(cib, node, state -> NodeStates.setTransient(
                NodeStates.setTransient(state, "shutdown", since.map(at -> Long.toString(at.getEpochSecond()))),
                "standby", since.map(at -> "on")));
    }

    private static XmlElement lrmResource(LrmResource r) {
        XmlElement element = Trees.element("lrm_resource", "id", r.id(), "type", r.type(), "class", r.agentClass());
        return r.provider().map(p -> element.withAttribute("provider", p)).orElse(element);
    }

    private static XmlElement operation(String resource, OperationRecord op) {
        XmlElement element = Trees.element("lrm_rsc_op", "id", op.id(),
                "operation_key", resource + "_" + op.operation() + "_" + op.intervalMs(),
                "operation", op.operation(),
                "call-id", Long.toString(op.callId()),
                "rc-code", Integer.toString(op.rcCode()),
                "op-status", Integer.toString(op.opStatus()),
                "interval", Long.toString(op.intervalMs()),
                "last-rc-change", Long.toString(op.lastRcChange()),
                "exec-time", Long.toString(op.execMs()),
                "queue-time", Long.toString(op.queueMs()));
        return op.exitReason().isEmpty() ? element : element.withAttribute("exit-reason", op.exitReason());
    }
}
