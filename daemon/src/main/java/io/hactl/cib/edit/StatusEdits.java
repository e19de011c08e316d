package io.hactl.cib.edit;

import io.hactl.cib.Score;
import io.hactl.cib.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Fail counts and operation history in the {@code status} section, written as Pacemaker's attribute manager
 * writes them: {@code node_state id=NODEID / transient_attributes id=NODEID / instance_attributes
 * id="status-NODEID" / nvpair id="status-NODEID-NAME"} (with '#' made '.' in ids). A fail count is
 * {@code fail-count-RSC} or, per operation, {@code fail-count-RSC#monitor_15000}; the scheduler sums them.
 */
public final class StatusEdits {
    private static final String FAIL_COUNT = "fail-count-";
    private static final String LAST_FAILURE = "last-failure-";

    private StatusEdits() {}

    /** One resource whose history or failure attributes were removed on one node. */
    public record Cleaned(String resource, String node) {}

    /** The new tree and what {@link #cleanup} removed, in status order (empty when there was nothing). */
    public record Cleanup(XmlElement cib, List<Cleaned> cleaned) {
        public Cleanup {
            cleaned = List.copyOf(cleaned);
        }
    }

    /** The fail count of {@code resource} on {@code node} as the scheduler reads it (before failure-timeout). */
    public static int failCount(XmlElement cib, String node, String resource) {
        requirePrimitive(cib, resource);
        int sum = 0;
        for (XmlElement pair : pairs(NodeStates.find(cib, node))) {
            if (failCountOf(pair.attributeOr("name", ""), resource)) {
                sum = Score.add(sum, Score.parse(pair.attributeOr("value", "")).orElse(0));
            }
        }
        return sum;
    }

    /** Replaces every fail count of {@code resource} on {@code node} by one {@code fail-count-RSC}; 0 deletes. */
    public static XmlElement setFailCount(XmlElement cib, String node, String resource, int count) {
        requirePrimitive(cib, resource);
        if (count < 0) {
            throw new CibEditException("a fail count is 0 or more, not " + count);
        }
        XmlElement cleared = removeAttributes(cib, node, name -> failCountOf(name, resource));
        if (count == 0) {
            return cleared;
        }
        return NodeStates.update(cleared, node,
                state -> NodeStates.setTransient(state, FAIL_COUNT + resource, Optional.of(Score.format(count))));
    }

    /** Removes the fail counts and last failures of {@code resource} on {@code node}. */
    public static XmlElement deleteFailCount(XmlElement cib, String node, String resource) {
        requirePrimitive(cib, resource);
        return removeAttributes(cib, node, name -> failureOf(name, resource));
    }

    /**
     * Forgets the operation history ({@code lrm_resource}) and the fail counts and last failures of
     * {@code resource} (every member for a group; every resource when empty) on {@code node} (every node when
     * empty), as {@code crm_resource --cleanup} does; the coordinator then probes the resource again.
     */
    public static Cleanup cleanup(XmlElement cib, Optional<String> resource, Optional<String> node) {
        Optional<Set<String>> targets = resource.map(r -> targets(cib, r));
        XmlElement status = Sections.status(cib);
        List<Cleaned> cleaned = new ArrayList<>();
        XmlElement result = cib;
        for (XmlElement state : status.elements("node_state").toList()) {
            String uname = state.attributeOr("uname", state.attributeOr("id", ""));
            if (node.isPresent() && !node.get().equals(uname)) {
                continue;
            }
            Set<String> here = new LinkedHashSet<>();
            XmlElement newState = state;
            for (XmlElement lrm : state.elements("lrm").toList()) {
                for (XmlElement resources : lrm.elements("lrm_resources").toList()) {
                    XmlElement kept = Trees.remove(resources, r -> {
                        String id = r.attributeOr("id", "");
                        boolean clean = r.name().equals("lrm_resource")
                                && targets.map(t -> t.contains(id)).orElse(true);
                        if (clean) {
                            here.add(id);
                        }
                        return clean;
                    });
                    newState = Trees.replace(newState, resources, kept);
                }
            }
            for (XmlElement set : transientSets(state)) {
                XmlElement kept = Trees.remove(set, p -> {
                    String name = p.attributeOr("name", "");
                    Optional<String> of = failureResource(name);
                    boolean clean = p.name().equals("nvpair") && of.isPresent()
                            && targets.map(t -> t.contains(of.get())).orElse(true);
                    if (clean) {
                        here.add(of.get());
                    }
                    return clean;
                });
                newState = Trees.replace(newState, set, kept);
            }
            here.forEach(r -> cleaned.add(new Cleaned(r, uname)));
            result = Trees.replace(result, state, newState);
        }
        return new Cleanup(result, cleaned);
    }

    /** The primitives a cleanup of {@code resource} covers; one only the status still knows counts too. */
    private static Set<String> targets(XmlElement cib, String resource) {
        Optional<XmlElement> element = Resources.find(cib, resource);
        if (element.isPresent()) {
            return new LinkedHashSet<>(Resources.primitives(element.get()));
        }
        boolean inStatus = Sections.status(cib).elements("node_state").anyMatch(state ->
                state.elements("lrm").flatMap(l -> l.elements("lrm_resources")).flatMap(XmlElement::elements)
                        .anyMatch(r -> r.attributeOr("id", "").equals(resource))
                || pairs(Optional.of(state)).stream().anyMatch(p -> failureOf(p.attributeOr("name", ""), resource)));
        if (!inStatus) {
            Resources.require(cib, resource);
        }
        return Set.of(resource);
    }

    private static void requirePrimitive(XmlElement cib, String resource) {
        XmlElement element = Resources.require(cib, resource);
        if (element.name().equals("group")) {
            throw new CibEditException(resource + " is a group: fail counts belong to its members "
                    + String.join(", ", Resources.primitives(element)));
        }
    }

    private static XmlElement removeAttributes(XmlElement cib, String node, Predicate<String> remove) {
        Optional<XmlElement> state = NodeStates.find(cib, node);
        if (state.isEmpty()) {
            return cib;
        }
        XmlElement newState = state.get();
        for (XmlElement set : transientSets(state.get())) {
            newState = Trees.replace(newState, set,
                    Trees.remove(set, p -> p.name().equals("nvpair") && remove.test(p.attributeOr("name", ""))));
        }
        return Trees.replace(cib, state.get(), newState);
    }

    private static List<XmlElement> transientSets(XmlElement state) {
        return state.elements("transient_attributes").flatMap(t -> t.elements("instance_attributes")).toList();
    }

    private static List<XmlElement> pairs(Optional<XmlElement> state) {
        return state.map(s -> transientSets(s).stream().flatMap(set -> set.elements("nvpair")).toList())
                .orElse(List.of());
    }

    private static boolean failCountOf(String name, String resource) {
        return name.equals(FAIL_COUNT + resource) || name.startsWith(FAIL_COUNT + resource + "#");
    }

    private static boolean failureOf(String name, String resource) {
        return failCountOf(name, resource) || name.equals(LAST_FAILURE + resource)
                || name.startsWith(LAST_FAILURE + resource + "#");
    }

    /** The resource a fail-count or last-failure attribute is about. */
    private static Optional<String> failureResource(String name) {
        String rest;
        if (name.startsWith(FAIL_COUNT)) {
            rest = name.substring(FAIL_COUNT.length());
        } else if (name.startsWith(LAST_FAILURE)) {
            rest = name.substring(LAST_FAILURE.length());
        } else {
            return Optional.empty();
        }
        int hash = rest.indexOf('#');
        return Optional.of(hash < 0 ? rest : rest.substring(0, hash));
    }
}
