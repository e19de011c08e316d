package io.hactl.cib.xml;

import io.hactl.cib.NodeState;
import io.hactl.cib.OperationRecord;
import io.hactl.cib.ResourceHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the {@code status} section: node_state, transient attributes and the operation history. */
final class StatusReader {
    private final Problems problems;

    StatusReader(Problems problems) {
        this.problems = problems;
    }

    List<NodeState> read(XmlElement status, String path) {
        List<NodeState> states = new ArrayList<>();
        status.elements().forEach(element -> {
            String here = path + "/" + element.step();
            if (!element.name().equals("node_state")) {
                problems.unsupported(here, element, false);
                return;
            }
            states.add(nodeState(element, here));
        });
        return states;
    }

    private NodeState nodeState(XmlElement state, String path) {
        Map<String, String> transients = Map.of();
        List<ResourceHistory> history = new ArrayList<>();
        for (XmlElement child : state.elements().toList()) {
            String here = path + "/" + child.step();
            switch (child.name()) {
                case "transient_attributes" -> transients = NvPairs.read(child, "instance_attributes", here, problems);
                case "lrm" -> child.elements("lrm_resources")
                        .flatMap(XmlElement::elements)
                        .forEach(resource -> history.add(resourceHistory(resource, here)));
                default -> problems.unsupported(here, child, false);
            }
        }
        String id = state.attributeOr("id", "");
        // Pacemaker 2.1.7+ writes a join timestamp instead of "true"/"online"; both mean present.
        String inCcm = state.attributeOr("in_ccm", "false");
        String crmd = state.attributeOr("crmd", "offline");
        boolean member = inCcm.equals("true") || inCcm.matches("[1-9][0-9]*");
        String controller = crmd.matches("[1-9][0-9]*") ? "online" : crmd;
        return new NodeState(id, state.attributeOr("uname", id), member, controller,
                state.attributeOr("join", ""), state.attributeOr("expected", ""), transients, history);
    }

    private ResourceHistory resourceHistory(XmlElement resource, String path) {
        String here = path + "/lrm_resources/" + resource.step();
        List<OperationRecord> ops = new ArrayList<>();
        resource.elements().forEach(op -> {
            if (!op.name().equals("lrm_rsc_op")) {
                problems.unsupported(here + "/" + op.step(), op, false);
                return;
            }
            ops.add(new OperationRecord(
                    op.attributeOr("id", ""),
                    op.attributeOr("operation", ""),
                    number(op, "interval", here),
                    (int) number(op, "rc-code", here),
                    (int) number(op, "op-status", here),
                    number(op, "call-id", here),
                    number(op, "last-rc-change", here),
                    op.attributeOr("exit-reason", ""),
                    number(op, "queue-time", here),
                    number(op, "exec-time", here)));
        });
        return new ResourceHistory(resource.attributeOr("id", ""), ops);
    }

    private long number(XmlElement op, String attribute, String path) {
        String text = op.attributeOr(attribute, "0");
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            problems.error(path + "/" + op.step() + "/@" + attribute, op, attribute + " is not a number: " + text,
                    "an integer");
            return 0;
        }
    }
}
