package io.hactl.cli;

import io.hactl.cib.Group;
import io.hactl.cib.xml.CibFiles;
import io.hactl.config.AuthKey;
import io.hactl.config.ClusterConfig;
import io.hactl.config.CrmMode;
import io.hactl.config.HaCf;
import io.hactl.config.HaResource;
import io.hactl.config.HeartbeatValues;
import io.hactl.config.LogSettings;
import io.hactl.config.Medium;
import io.hactl.config.ResourceGroup;
import io.hactl.config.Timings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The one-screen summary {@code hactl config verify} prints for a valid configuration. */
final class ConfigSummary {
    private final ClusterConfig config;

    ConfigSummary(ClusterConfig config) {
        this.config = config;
    }

    String render() {
        HaCf haCf = config.haCf();
        StringBuilder text = new StringBuilder();
        text.append("Configuration in ").append(config.directory()).append(" is valid.\n\n");
        row(text, "Nodes", String.join(", ", haCf.nodeNames()) + "  (this node: " + config.localNode() + ")");
        List<String> media = haCf.media().stream().map(ConfigSummary::medium).toList();
        row(text, "Media", media.get(0));
        media.stream().skip(1).forEach(m -> row(text, "", m));
        row(text, "Timings", timings(haCf.timings()));
        AuthKey active = config.authKeys().active();
        row(text, "Auth", "signs with key " + active.id() + " (" + active.method().configName() + "); accepts keys "
                + config.authKeys().keys().values().stream()
                        .map(k -> k.id() + " (" + k.method().configName() + ")")
                        .collect(Collectors.joining(", ")));
        row(text, "Logging", logging(haCf.logging()));
        resources(text, haCf);
        return text.toString();
    }

    private void resources(StringBuilder text, HaCf haCf) {
        if (haCf.crm() == CrmMode.CIB) {
            row(text, "Resources", "crm yes: from the CIB, " + config.cibFile());
            cibResources(text);
            return;
        }
        row(text, "Resources", "crm no: from haresources; auto_failback "
                + haCf.autoFailback().name().toLowerCase(Locale.ROOT));
        List<ResourceGroup> groups = config.haResources().map(r -> r.groups()).orElse(List.of());
        if (groups.isEmpty()) {
            row(text, "", "(no resource groups)");
        }
        for (ResourceGroup group : groups) {
            List<String> members = new ArrayList<>();
            for (HaResource resource : group.resources()) {
                members.add(resource.id() + " (" + resource.spec() + ")");
            }
            row(text, "", group.id() + " prefers " + group.preferredNode() + ": " + String.join(", ", members));
        }
    }

    /** The CIB's groups and primitives, as far as the file can be read (verify reports what cannot). */
    private void cibResources(StringBuilder text) {
        if (!java.nio.file.Files.exists(config.cibFile())) {
            return;
        }
        new CibFiles().load(config.cibFile()).value().ifPresent(cib -> {
            if (cib.resources().isEmpty()) {
                row(text, "", "(no resources)");
            }
            java.util.Set<String> shown = new java.util.HashSet<>();
            for (Group group : cib.groups()) {
                List<String> members = group.members().stream()
                        .map(id -> id + cib.primitive(id).map(p -> " (" + p.agent() + ")").orElse(""))
                        .toList();
                shown.addAll(group.members());
                row(text, "", "group " + group.id() + ": " + String.join(", ", members));
            }
            cib.resources().stream().filter(p -> !shown.contains(p.id()))
                    .forEach(p -> row(text, "", p.id() + " (" + p.agent() + ")"));
        });
    }

    private static String medium(Medium medium) {
        if (medium instanceof Medium.Mcast m) {
            return "mcast " + m.device() + " group " + m.group().getHostAddress() + " port " + m.port() + " ttl " + m.ttl()
                    + (m.loop() ? " loop" : "");
        }
        if (medium instanceof Medium.Ucast u) {
            return "ucast " + u.device() + " to " + u.peer().getHostAddress() + " port " + u.port();
        }
        Medium.Bcast b = (Medium.Bcast) medium;
        return "bcast " + b.device() + " port " + b.port();
    }

    private static String timings(Timings t) {
        return "keepalive " + HeartbeatValues.format(t.keepalive()) + ", warntime " + HeartbeatValues.format(t.warntime())
                + ", deadtime " + HeartbeatValues.format(t.deadtime()) + ", initdead " + HeartbeatValues.format(t.initdead());
    }

    private static String logging(LogSettings logging) {
        List<String> sinks = new ArrayList<>();
        logging.logfile().ifPresent(f -> sinks.add("logfile " + f));
        logging.debugfile().ifPresent(f -> sinks.add("debugfile " + f));
        logging.syslogFacility().ifPresent(f -> sinks.add("syslog " + f));
        if (logging.useLogd() && logging.syslogFacility().isEmpty()) {
            sinks.add("syslog daemon (use_logd)");
        }
        if (sinks.isEmpty()) {
            sinks.add("stderr (journald)");
        }
        return String.join(", ", sinks) + (logging.debugLevel() > 0 ? "; debug " + logging.debugLevel() : "");
    }

    private static void row(StringBuilder text, String label, String value) {
        text.append(String.format("%-11s %s%n", label.isEmpty() ? "" : label + ":", value));
    }
}
