package io.hactl.config;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a configuration directory ({@code /etc/ha.d}) as a whole: ha.cf, authkeys, haresources, and with
 * {@code crm yes} the CIB file, then checks them against each other and against this machine. Every
 * problem of every file is reported in one go.
 */
public final class ClusterConfigLoader {
    private ClusterConfigLoader() {}

    public static final Path DEFAULT_DIRECTORY = Path.of("/etc/ha.d");

    public static ConfigReport<ClusterConfig> load(Path directory, LoadOptions options) {
        List<ConfigProblem> problems = new ArrayList<>();
        ConfigReport<HaCf> haCf = HaCfParser.parse(directory.resolve("ha.cf"));
        problems.addAll(haCf.problems());
        ConfigReport<AuthKeys> authKeys = AuthKeysParser.parse(directory.resolve("authkeys"), options.authkeysOwner());
        problems.addAll(authKeys.problems());

        Optional<HaResources> haResources = readHaResources(directory, haCf, options, problems);
        String localNode = options.nodeName().orElseGet(LocalNodeName::uname);
        Path cibFile = options.cibFile().orElseGet(() -> defaultCib(directory, options));
        haCf.value().ifPresent(valid -> {
            checkLocalNode(valid, localNode, options, problems);
            checkInterfaces(valid, problems);
            if (valid.crm() == CrmMode.CIB) {
                checkCib(cibFile, problems);
            }
        });
        problems.sort(ConfigProblemOrder.byFileThenLine(List.of(directory.resolve("ha.cf"),
                directory.resolve("authkeys"), directory.resolve("haresources"), cibFile)));
        if (haCf.isValid() && authKeys.isValid() && problems.stream().noneMatch(ConfigProblem::isError)) {
            return ConfigReport.of(
                    new ClusterConfig(directory, localNode, haCf.get(), authKeys.get(), haResources, cibFile), problems);
        }
        return ConfigReport.failed(problems);
    }

    private static Path defaultCib(Path directory, LoadOptions options) {
        Path beside = directory.resolve("cib.xml");
        return Files.exists(beside) ? beside : options.stateCib();
    }

    private static Optional<HaResources> readHaResources(
            Path directory, ConfigReport<HaCf> haCf, LoadOptions options, List<ConfigProblem> problems) {
        Path file = directory.resolve("haresources");
        boolean cibMode = haCf.value().map(c -> c.crm() == CrmMode.CIB).orElse(false);
        if (!Files.exists(file)) {
            if (haCf.isValid() && !cibMode) {
                problems.add(ConfigProblem.warning(file, 0, "", "no haresources file: with crm no, the cluster manages no resources",
                        "a haresources file, e.g. ast1 IPaddr::192.168.1.10/24/eth0 asterisk"));
            }
            return Optional.empty();
        }
        Optional<Set<String>> nodes = haCf.value().map(c -> Set.copyOf(c.nodeNames()))
                .or(() -> HaCfParser.listedNodes(directory.resolve("ha.cf")).filter(names -> !names.isEmpty()));
        ConfigReport<HaResources> report = HaResourcesParser.parse(file, nodes);
        problems.addAll(report.problems());
        if (cibMode) {
            problems.add(ConfigProblem.warning(file, 0, "", "is not used with crm yes: the CIB holds the resources",
                    "resources defined in the CIB, or crm no in ha.cf"));
        }
        report.value().ifPresent(resources -> checkScripts(resources, directory, options, problems));
        return report.value();
    }

    /** Heartbeat looks for a haresources script in resource.d, then in init.d; IPaddr/IPaddr2 ship with hactl. */
    private static void checkScripts(HaResources resources, Path directory, LoadOptions options, List<ConfigProblem> problems) {
        Set<String> reported = new HashSet<>();
        for (ResourceGroup group : resources.groups()) {
            for (HaResource resource : group.resources()) {
                String type = resource.type();
                if (HaResourcesParser.ADDRESS_TYPES.contains(type) || !reported.add(type)) {
                    continue;
                }
                Path resourceScript = directory.resolve("resource.d").resolve(type);
                Path initScript = options.initScripts().resolve(type);
                if (!Files.isExecutable(resourceScript) && !Files.isExecutable(initScript)) {
                    problems.add(ConfigProblem.warning(resources.file(), resource.line(), resource.spec(),
                            "no executable script " + resourceScript + " or " + initScript + " on this machine",
                            "the script installed on every node before the cluster starts"));
                }
            }
        }
    }

    private static void checkLocalNode(HaCf haCf, String localNode, LoadOptions options, List<ConfigProblem> problems) {
        if (haCf.hasNode(localNode)) {
            return;
        }
        String how = options.nodeName().isPresent() ? "--node-name " + localNode : "uname -n says " + localNode;
        if (haCf.autojoin().admitsUnlistedNodes()) {
            problems.add(ConfigProblem.warning(haCf.file(), 0, "node", "this node is not listed (" + how
                    + "); autojoin " + haCf.autojoin().name().toLowerCase(java.util.Locale.ROOT) + " lets it join", ""));
        } else {
            problems.add(ConfigProblem.error(haCf.file(), 0, "node", "this node is not listed (" + how + ")",
                    "node " + localNode + " in ha.cf, or --node-name with a listed name (" + String.join(", ", haCf.nodeNames()) + ")"));
        }
    }

    /** A missing interface only warns: verify is often run on another machine than the nodes. */
    private static void checkInterfaces(HaCf haCf, List<ConfigProblem> problems) {
        Set<String> reported = new HashSet<>();
        for (Medium medium : haCf.media()) {
            if (reported.add(medium.device()) && !interfaceExists(medium.device())) {
                problems.add(ConfigProblem.warning(medium.file(), medium.line(), medium.keyword(),
                        "interface " + medium.device() + " does not exist on this machine", "an interface listed by ip link"));
            }
        }
    }

    private static boolean interfaceExists(String device) {
        try {
            return NetworkInterface.getByName(device) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    private static void checkCib(Path cibFile, List<ConfigProblem> problems) {
        if (!Files.exists(cibFile)) {
            problems.add(ConfigProblem.warning(cibFile, 0, "", "no CIB yet: with crm yes the cluster starts with no resources",
                    "a cib.xml in the configuration directory, or resources added with hactl once the cluster runs"));
            return;
        }
        problems.addAll(CibSyntaxCheck.check(cibFile));
    }
}
