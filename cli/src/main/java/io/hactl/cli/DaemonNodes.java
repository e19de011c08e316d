package io.hactl.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The daemon's answer to {@code nodes}, read into what {@code cl_status} prints. */
record DaemonNodes(String local, List<Node> nodes) {

    record Node(String name, String status, String type, List<Link> links) {
        Optional<Link> link(String name) {
            return links.stream().filter(l -> l.name().equals(name)).findFirst();
        }
    }

    record Link(String name, String status) {
    }

    Optional<Node> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** @throws IllegalArgumentException when the answer lacks a field (a daemon of another release) */
    static DaemonNodes from(Map<String, Object> result) {
        List<Node> nodes = list(result.get("nodes")).stream().map(DaemonNodes::node).toList();
        return new DaemonNodes(text(result, "local"), nodes);
    }

    private static Node node(Object value) {
        Map<String, Object> node = map(value);
        List<Link> links = list(node.get("links")).stream().map(DaemonNodes::map)
                .map(l -> new Link(text(l, "name"), text(l, "status"))).toList();
        return new Node(text(node, "name"), text(node, "status"), text(node, "type"), links);
    }

    private static String text(Map<String, Object> map, String key) {
        if (map.get(key) instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("hactld's answer has no \"" + key + "\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException("hactld's answer is not an object where one is expected");
    }

    private static List<?> list(Object value) {
        if (value instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("hactld's answer is not a list where one is expected");
    }
}
