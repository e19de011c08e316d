package io.hactl.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/** The ha.cf directives hactl honours, each with the handler that reads and checks its line. */
final class HaCfDirectives {
    private HaCfDirectives() {}

    static final Set<String> SYSLOG_FACILITIES = Set.of(
            "auth", "authpriv", "cron", "daemon", "ftp", "kern", "lpr", "mail", "news", "syslog", "user", "uucp",
            "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7", "none");

    static final Map<String, Directive> HONOURED = table(
            new Directive("node", true, HaCfDirectives::node),
            new Directive("keepalive", false, time((d, v) -> d.keepalive = v)),
            new Directive("deadtime", false, time((d, v) -> d.deadtime = v)),
            new Directive("warntime", false, time((d, v) -> d.warntime = v)),
            new Directive("initdead", false, time((d, v) -> d.initdead = v)),
            new Directive("udpport", false, HaCfDirectives::udpport),
            new Directive("bcast", true, HaCfDirectives::bcast),
            new Directive("mcast", true, HaCfDirectives::mcast),
            new Directive("ucast", true, HaCfDirectives::ucast),
            new Directive("auto_failback", false, HaCfDirectives::autoFailback),
            new Directive("nice_failback", false, HaCfDirectives::niceFailback),
            new Directive("crm", false, HaCfDirectives::crm),
            new Directive("pacemaker", false, HaCfDirectives::crm),
            new Directive("autojoin", false, HaCfDirectives::autojoin),
            new Directive("logfile", false, path((d, p) -> d.logfile = p)),
            new Directive("debugfile", false, path((d, p) -> d.debugfile = p)),
            new Directive("logfacility", false, HaCfDirectives::logfacility),
            new Directive("debug", false, HaCfDirectives::debug),
            new Directive("use_logd", false, HaCfDirectives::useLogd),
            new Directive("compression", false, HaCfDirectives::compression),
            new Directive("compression_threshold", false, HaCfDirectives::compressionThreshold),
            new Directive("respawn", true, HaCfDirectives::respawn),
            new Directive("env", true, HaCfDirectives::env),
            new Directive("apiauth", true, HaCfDirectives::apiauth));

    private static Map<String, Directive> table(Directive... directives) {
        Map<String, Directive> byName = new TreeMap<>();
        for (Directive directive : directives) {
            byName.put(directive.name(), directive);
        }
        return Map.copyOf(byName);
    }

    /** Checks that the line has exactly {@code count} values; reports and returns false otherwise. */
    private static boolean arity(ConfigLine line, Problems problems, int count, String expected) {
        if (line.arguments().size() != count) {
            problems.error(line.number(), line.first(),
                    line.arguments().isEmpty() ? "missing value" : "takes " + count + " value" + (count == 1 ? "" : "s")
                            + ", got " + line.arguments().size(), expected);
            return false;
        }
        return true;
    }

    private static Directive.Handler time(BiConsumer<HaCfDraft, Sourced<Duration>> setter) {
        return (line, draft, problems) -> {
            if (!arity(line, problems, 1, HeartbeatValues.TIME_EXPECTED)) {
                draft.timingUnreadable = true;
                return;
            }
            Optional<Duration> value = HeartbeatValues.time(line.arguments().get(0));
            if (value.isEmpty()) {
                draft.timingUnreadable = true;
                problems.error(line.number(), line.first(), "'" + line.arguments().get(0) + "' is not a time",
                        HeartbeatValues.TIME_EXPECTED);
                return;
            }
            if (value.get().isZero()) {
                draft.timingUnreadable = true;
                problems.error(line.number(), line.first(), "must be longer than 0", HeartbeatValues.TIME_EXPECTED);
                return;
            }
            setter.accept(draft, draft.at(line, value.get()));
        };
    }

    private static Directive.Handler path(BiConsumer<HaCfDraft, Path> setter) {
        return (line, draft, problems) -> {
            if (!arity(line, problems, 1, "an absolute file name such as /var/log/ha-log")) {
                return;
            }
            Path path = Path.of(line.arguments().get(0));
            if (!path.isAbsolute()) {
                problems.error(line.number(), line.first(), "'" + path + "' is not an absolute path",
                        "an absolute file name such as /var/log/ha-log");
                return;
            }
            setter.accept(draft, path);
        };
    }

    private static void node(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (line.arguments().isEmpty()) {
            problems.error(line.number(), "node", "missing node name", "one or more names as printed by uname -n");
        }
        for (String name : line.arguments()) {
            Optional<Sourced<String>> earlier = draft.nodes.stream().filter(n -> n.value().equals(name)).findFirst();
            if (earlier.isPresent()) {
                problems.error(line.number(), "node", "node " + name + " is already listed on line " + earlier.get().line(),
                        "each node once");
            } else {
                draft.nodes.add(draft.at(line, name));
            }
        }
    }

    private static void udpport(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (!arity(line, problems, 1, "a UDP port number 1-65535")) {
            return;
        }
        Optional<Integer> port = HeartbeatValues.integer(line.arguments().get(0), 1, 65535);
        if (port.isEmpty()) {
            problems.error(line.number(), "udpport", "'" + line.arguments().get(0) + "' is not a port number", "1-65535");
            return;
        }
        // Heartbeat applies udpport only to the bcast/ucast lines after it; say so when that surprises.
        List<Medium> before = draft.media.stream().filter(m -> !(m instanceof Medium.Mcast)).toList();
        if (!before.isEmpty()) {
            problems.warning(line.number(), "udpport", "applies only to the media after it; the "
                    + before.size() + " medium line(s) above (first on line " + before.get(0).line()
                    + ") keep port " + draft.udpPort, "udpport before bcast and ucast, as Heartbeat documents");
        }
        draft.udpPort = port.get();
        draft.udpPortSetAt = draft.at(line, port.get());
    }

    private static void bcast(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (line.arguments().isEmpty()) {
            problems.error(line.number(), "bcast", "missing interface", "one or more interface names, e.g. bcast eth0");
        }
        for (String device : line.arguments()) {
            draft.addMedium(draft.bcast(device, line));
        }
    }

    private static void mcast(ConfigLine line, HaCfDraft draft, Problems problems) {
        String expected = "mcast DEV GROUP PORT TTL LOOP, e.g. mcast eth0 225.0.0.1 694 1 0";
        if (!arity(line, problems, 5, expected)) {
            return;
        }
        List<String> a = line.arguments();
        Optional<InetAddress> group = ipLiteral(a.get(1)).filter(InetAddress::isMulticastAddress);
        Optional<Integer> port = HeartbeatValues.integer(a.get(2), 1, 65535);
        Optional<Integer> ttl = HeartbeatValues.integer(a.get(3), 1, 255);
        Optional<Integer> loop = HeartbeatValues.integer(a.get(4), 0, 1);
        if (group.isEmpty() || !(group.get() instanceof java.net.Inet4Address)) {
            problems.error(line.number(), "mcast", "'" + a.get(1) + "' is not an IPv4 multicast group",
                    "a class D address 224.0.0.0-239.255.255.255");
        }
        if (port.isEmpty()) {
            problems.error(line.number(), "mcast", "port '" + a.get(2) + "' is not a port number", "1-65535");
        }
        if (ttl.isEmpty()) {
            problems.error(line.number(), "mcast", "ttl '" + a.get(3) + "' is out of range", "1-255 (must be greater than zero)");
        }
        if (loop.isEmpty()) {
            problems.error(line.number(), "mcast", "loop '" + a.get(4) + "' is not 0 or 1", "0 or 1");
        }
        if (group.isPresent() && group.get() instanceof java.net.Inet4Address && port.isPresent()
                && ttl.isPresent() && loop.isPresent()) {
            draft.addMedium(new Medium.Mcast(a.get(0), group.get(), port.get(), ttl.get(), loop.get() == 1,
                    draft.file, line.number()));
        }
    }

    private static void ucast(ConfigLine line, HaCfDraft draft, Problems problems) {
        String expected = "ucast DEV PEER-IP, e.g. ucast eth0 192.168.1.2";
        if (!arity(line, problems, 2, expected)) {
            return;
        }
        Optional<InetAddress> peer = ipLiteral(line.arguments().get(1));
        if (peer.isEmpty() || !(peer.get() instanceof java.net.Inet4Address)) {
            problems.error(line.number(), "ucast", "'" + line.arguments().get(1) + "' is not an IPv4 address",
                    "the peer's IPv4 address, e.g. ucast eth0 192.168.1.2");
            return;
        }
        draft.addMedium(draft.ucast(line.arguments().get(0), peer.get(), line));
    }

    /** An IP address written as digits; never a DNS lookup, which could block or differ between nodes. */
    static Optional<InetAddress> ipLiteral(String text) {
        if (!text.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") && !text.contains(":")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static void autoFailback(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (!arity(line, problems, 1, "on, off or legacy")) {
            return;
        }
        String value = line.arguments().get(0);
        Optional<AutoFailback> mode = value.equalsIgnoreCase("legacy")
                ? Optional.of(AutoFailback.LEGACY)
                : HeartbeatValues.bool(value).map(on -> on ? AutoFailback.ON : AutoFailback.OFF);
        if (mode.isEmpty()) {
            problems.error(line.number(), "auto_failback", "'" + value + "' is not a valid value",
                    "on, off or legacy (or another boolean word)");
            return;
        }
        draft.autoFailback = draft.at(line, mode.get());
    }

    private static void niceFailback(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (!arity(line, problems, 1, HeartbeatValues.BOOLEAN_EXPECTED)) {
            return;
        }
        Optional<Boolean> value = HeartbeatValues.bool(line.arguments().get(0));
        if (value.isEmpty()) {
            problems.error(line.number(), "nice_failback", "'" + line.arguments().get(0) + "' is not a boolean",
                    HeartbeatValues.BOOLEAN_EXPECTED);
            return;
        }
        problems.warning(line.number(), "nice_failback", "is the old name of auto_failback; nice_failback "
                + line.arguments().get(0) + " means auto_failback " + (value.get() ? "off" : "on"),
                "auto_failback " + (value.get() ? "off" : "on"));
        draft.niceFailback = draft.at(line, value.get());
    }

    private static void crm(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (!arity(line, problems, 1, "yes, no or respawn")) {
            return;
        }
        String value = line.arguments().get(0);
        Optional<CrmMode> mode = value.equalsIgnoreCase("respawn")
                ? Optional.of(CrmMode.CIB)
                : HeartbeatValues.bool(value).map(on -> on ? CrmMode.CIB : CrmMode.HARESOURCES);
        if (mode.isEmpty()) {
            problems.error(line.number(), line.first(), "'" + value + "' is not a valid value", "yes, no or respawn");
            return;
        }
        if (draft.crm != null) {
            problems.error(line.number(), line.first(), "the resource manager is already chosen on line "
                    + draft.crm.line(), "one crm (or pacemaker) line");
        }
        draft.crm = draft.at(line, mode.get());
    }

    private static void autojoin(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (!arity(line, problems, 1, "none, other or any")) {
            return;
        }
        try {
            draft.autojoin = Autojoin.valueOf(line.arguments().get(0).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.error(line.number(), "autojoin", "'" + line.arguments().get(0) + "' is not a valid value",
                    "none, other or any");
        }
    }

    private static void logfacility(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (!arity(line, problems, 1, "a syslog facility such as local0 or daemon, or none")) {
            return;
        }
        String facility = line.arguments().get(0).toLowerCase(Locale.ROOT);
        if (!SYSLOG_FACILITIES.contains(facility)) {
            problems.error(line.number(), "logfacility", "'" + line.arguments().get(0) + "' is not a syslog facility",
                    "one of " + String.join(", ", SYSLOG_FACILITIES.stream().sorted().toList()));
            return;
        }
        draft.logfacility = draft.at(line, facility);
    }

    private static void debug(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (!arity(line, problems, 1, "a debug level 0-255")) {
            return;
        }
        Optional<Integer> level = HeartbeatValues.integer(line.arguments().get(0), 0, 255);
        if (level.isEmpty()) {
            problems.error(line.number(), "debug", "'" + line.arguments().get(0) + "' is not a debug level", "0-255");
            return;
        }
        draft.debugLevel = level.get();
    }

    private static void useLogd(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (!arity(line, problems, 1, HeartbeatValues.BOOLEAN_EXPECTED)) {
            return;
        }
        Optional<Boolean> value = HeartbeatValues.bool(line.arguments().get(0));
        if (value.isEmpty()) {
            problems.error(line.number(), "use_logd", "'" + line.arguments().get(0) + "' is not a boolean",
                    HeartbeatValues.BOOLEAN_EXPECTED);
            return;
        }
        draft.useLogd = value.get();
    }

    private static void compression(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (!arity(line, problems, 1, "zlib or bz2")) {
            return;
        }
        String module = line.arguments().get(0);
        if (!module.equals("zlib") && !module.equals("bz2")) {
            problems.error(line.number(), "compression", "unknown compression module '" + module + "'", "zlib or bz2");
            return;
        }
        if (module.equals("bz2")) {
            problems.warning(line.number(), "compression",
                    "hactl compresses with zlib; bz2 is accepted and means zlib (only hactl nodes read the messages)");
        }
        draft.compressionModule = module;
        draft.compressionLine = line.number();
    }

    private static void compressionThreshold(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (!arity(line, problems, 1, "a size in KB")) {
            return;
        }
        Optional<Integer> kb = HeartbeatValues.integer(line.arguments().get(0), 0, 64 * 1024);
        if (kb.isEmpty()) {
            problems.error(line.number(), "compression_threshold", "'" + line.arguments().get(0)
                    + "' is not a size in KB", "a whole number of KB, 0-65536");
            return;
        }
        draft.compressionThresholdKb = kb.get();
    }

    private static void respawn(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (line.arguments().size() < 2) {
            problems.error(line.number(), "respawn", "needs a user and a program",
                    "respawn USER /path/to/program [ARGS…]");
            return;
        }
        String program = line.arguments().get(1);
        if (!program.startsWith("/")) {
            problems.error(line.number(), "respawn", "'" + program + "' is not an absolute path",
                    "respawn USER /path/to/program [ARGS…]");
            return;
        }
        draft.respawns.add(new Respawn(line.arguments().get(0),
                new ArrayList<>(line.arguments().subList(1, line.arguments().size())), line.number()));
    }

    private static void env(ConfigLine line, HaCfDraft draft, Problems problems) {
        if (!arity(line, problems, 1, "env NAME=VALUE") || !line.arguments().get(0).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            if (line.arguments().size() == 1) {
                problems.error(line.number(), "env", "'" + line.arguments().get(0) + "' is not NAME=VALUE", "env NAME=VALUE");
            }
            return;
        }
        String[] pair = line.arguments().get(0).split("=", 2);
        draft.respawnEnvironment.put(pair[0], pair[1]);
    }

    private static void apiauth(ConfigLine line, HaCfDraft draft, Problems problems) {
        String expected = "apiauth CLIENT uid=USER[,USER…] and/or gid=GROUP[,GROUP…]";
        if (line.arguments().size() < 2) {
            problems.error(line.number(), "apiauth", "needs a client name and uid= or gid=", expected);
            return;
        }
        List<String> uids = new ArrayList<>();
        List<String> gids = new ArrayList<>();
        for (String item : line.arguments().subList(1, line.arguments().size())) {
            if (item.startsWith("uid=") && item.length() > 4) {
                uids.addAll(List.of(item.substring(4).split(",")));
            } else if (item.startsWith("gid=") && item.length() > 4) {
                gids.addAll(List.of(item.substring(4).split(",")));
            } else {
                problems.error(line.number(), "apiauth", "'" + item + "' is neither uid=… nor gid=…", expected);
                return;
            }
        }
        draft.apiAuth.add(new ApiAuth(line.arguments().get(0), uids, gids, line.number()));
    }
}
