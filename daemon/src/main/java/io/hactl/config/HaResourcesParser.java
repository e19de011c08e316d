package io.hactl.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads haresources: each logical line (continued with a trailing backslash) is a resource group,
 * {@code NODE RESOURCE…}, a resource being {@code TYPE[::ARG…]} or a bare IP address standing for
 * {@code IPaddr::ADDRESS}.
 */
public final class HaResourcesParser {
    private HaResourcesParser() {}

    /** Types whose first argument is an address spec: Heartbeat's IPaddr, and IPaddr2. */
    static final Set<String> ADDRESS_TYPES = Set.of("IPaddr", "IPaddr2");

    /**
     * @param knownNodes the nodes of ha.cf; empty when ha.cf could not be read, which skips the node check
     */
    public static ConfigReport<HaResources> parse(Path file, Optional<Set<String>> knownNodes) {
        try {
            return parse(file, Files.readAllLines(file, StandardCharsets.UTF_8), knownNodes);
        } catch (IOException e) {
            return ConfigReport.failed(List.of(ConfigProblem.error(file, 0, "", "cannot read haresources: "
                    + HaCfParser.describe(e), "a readable file")));
        }
    }

    public static ConfigReport<HaResources> parse(Path file, List<String> rawLines, Optional<Set<String>> knownNodes) {
        Problems problems = new Problems(file);
        List<ResourceGroup> groups = new ArrayList<>();
        Map<String, Integer> resourceLines = new HashMap<>();
        for (ConfigLine line : logicalLines(rawLines)) {
            readGroup(line, knownNodes, resourceLines, problems).ifPresent(groups::add);
        }
        return ConfigReport.of(new HaResources(file, groups), problems.list());
    }

    /** Joins backslash-continued lines; each logical line keeps the number of its first physical line. */
    static List<ConfigLine> logicalLines(List<String> rawLines) {
        List<ConfigLine> lines = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int firstLine = 0;
        for (int i = 0; i < rawLines.size(); i++) {
            String text = ConfigLine.stripComment(rawLines.get(i)).stripTrailing();
            if (pending.isEmpty()) {
                firstLine = i + 1;
            }
            boolean continues = text.endsWith("\\");
            pending.append(continues ? text.substring(0, text.length() - 1) : text).append(' ');
            if (!continues || i == rawLines.size() - 1) {
                String joined = pending.toString().strip();
                if (!joined.isEmpty()) {
                    lines.add(new ConfigLine(firstLine, Arrays.asList(joined.split("\\s+"))));
                }
                pending.setLength(0);
            }
        }
        return lines;
    }

    private static Optional<ResourceGroup> readGroup(
            ConfigLine line, Optional<Set<String>> knownNodes, Map<String, Integer> resourceLines, Problems problems) {
        String node = line.first();
        boolean valid = true;
        if (knownNodes.isPresent() && !knownNodes.get().contains(node)) {
            problems.error(line.number(), node, "unknown node " + node,
                    "a node listed in ha.cf first on the line (" + String.join(", ", knownNodes.get().stream().sorted().toList()) + ")");
            valid = false;
        }
        if (line.arguments().isEmpty()) {
            problems.error(line.number(), node, "no resources follow the node name", "NODE RESOURCE [RESOURCE…]");
            return Optional.empty();
        }
        List<HaResource> resources = new ArrayList<>();
        for (String spec : line.arguments()) {
            Optional<HaResource> resource = readResource(spec, line.number(), problems);
            if (resource.isEmpty()) {
                valid = false;
                continue;
            }
            Integer earlier = resourceLines.putIfAbsent(resource.get().id(), line.number());
            if (earlier != null) {
                problems.error(line.number(), spec, "resource " + resource.get().id() + " is already listed on line " + earlier,
                        "each resource once: a resource can belong to one group only");
                valid = false;
                continue;
            }
            resources.add(resource.get());
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new ResourceGroup("group_" + resources.get(0).id(), node, resources, line.number()));
    }

    private static Optional<HaResource> readResource(String spec, int line, Problems problems) {
        String text = IpAddressSpecParser.looksLikeAddress(spec) ? "IPaddr::" + spec : spec;
        List<String> parts = List.of(text.split("::", -1));
        String type = parts.get(0);
        List<String> args = parts.subList(1, parts.size());
        if (type.isEmpty() || !type.matches("[A-Za-z0-9_.+-]+") || args.stream().anyMatch(String::isEmpty)) {
            problems.error(line, spec, "is not a resource", "TYPE[::ARG[::ARG…]] with TYPE a script name, or an IP address");
            return Optional.empty();
        }
        Optional<IpAddressSpec> address = Optional.empty();
        if (ADDRESS_TYPES.contains(type)) {
            if (args.isEmpty()) {
                problems.error(line, spec, type + " needs an address", type + "::" + IpAddressSpecParser.EXPECTED);
                return Optional.empty();
            }
            IpAddressSpecParser.Result parsed = IpAddressSpecParser.parse(args.get(0));
            if (parsed instanceof IpAddressSpecParser.Result.Invalid invalid) {
                problems.error(line, spec, invalid.reason(), IpAddressSpecParser.EXPECTED);
                return Optional.empty();
            }
            address = Optional.of(((IpAddressSpecParser.Result.Parsed) parsed).spec());
        }
        return Optional.of(new HaResource(idOf(type, args, address), type, args, spec, line, address));
    }

    /** A CIB-safe id: {@code IPaddr_150_214_153_235}, {@code asterisk}, {@code Filesystem_dev_sda1}. */
    static String idOf(String type, List<String> args, Optional<IpAddressSpec> address) {
        if (address.isPresent()) {
            return type + "_" + address.get().ip().getHostAddress().replace('.', '_');
        }
        if (args.isEmpty()) {
            return type;
        }
        String first = args.get(0).replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return first.isEmpty() ? type : type + "_" + first;
    }
}
