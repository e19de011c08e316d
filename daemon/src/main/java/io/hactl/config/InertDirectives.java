package io.hactl.config;

import java.util.Map;
import java.util.function.Predicate;

/**
 * Heartbeat directives that tune Heartbeat's own machinery, which hactl does not have (its messaging is
 * JGroups', its logging is Logback's). Their values are still checked, so a typo is caught, and verify says
 * once that the line has no effect, so nothing is silently ignored. None of them changes failover behaviour.
 */
final class InertDirectives {
    private InertDirectives() {}

    /** Why a directive has no effect, and how its value is checked. */
    record Inert(String why, Predicate<String> validValue, String expected) {}

    private static final Predicate<String> ANY = value -> true;
    private static final Predicate<String> BOOLEAN = value -> HeartbeatValues.bool(value).isPresent();
    private static final Predicate<String> TIME = value -> HeartbeatValues.time(value).isPresent();
    private static final Predicate<String> COUNT = value -> HeartbeatValues.integer(value, 0, Integer.MAX_VALUE).isPresent();

    static final Map<String, Inert> DIRECTIVES = Map.ofEntries(
            Map.entry("hopfudge", new Inert("hactl does not forward messages between nodes, so there is no hop count", COUNT, "a number")),
            Map.entry("hbgenmethod", new Inert("JGroups gives every member incarnation a fresh identity, so there is no generation number to store", v -> v.equals("file") || v.equals("time"), "file or time")),
            Map.entry("msgfmt", new Inert("the wire format is JGroups' own, signed with authkeys", v -> v.equals("classic") || v.equals("netstring"), "classic or netstring")),
            Map.entry("normalpoll", new Inert("hactld does not use poll(2) directly", BOOLEAN, HeartbeatValues.BOOLEAN_EXPECTED)),
            Map.entry("memreserve", new Inert("the JVM sizes its own memory (set HACTL_JAVA_OPTS)", COUNT, "a number of 1 KiB pages")),
            Map.entry("max_rexmit_delay", new Inert("JGroups retransmits with its own timers", TIME, HeartbeatValues.TIME_EXPECTED)),
            Map.entry("traditional_compression", new Inert("hactl compresses whole messages, never fields", BOOLEAN, HeartbeatValues.BOOLEAN_EXPECTED)),
            Map.entry("syslogmsgfmt", new Inert("log files use hactl's own line format", BOOLEAN, HeartbeatValues.BOOLEAN_EXPECTED)),
            Map.entry("coredumps", new Inert("the JVM writes no core dumps; crashes leave an hs_err file and the journal", BOOLEAN, HeartbeatValues.BOOLEAN_EXPECTED)),
            Map.entry("coreroot", new Inert("the JVM writes no core dumps", ANY, "a directory")),
            Map.entry("uuidfrom", new Inert("nodes are identified by their ha.cf node names", v -> v.equals("file") || v.equals("nodename"), "file or nodename")),
            Map.entry("use_apphbd", new Inert("systemd supervises hactld (WatchdogSec= in hactld.service)", BOOLEAN, HeartbeatValues.BOOLEAN_EXPECTED)),
            Map.entry("realtime", new Inert("hactld runs at normal priority; to raise it, set CPUSchedulingPolicy= in a drop-in for hactld.service", BOOLEAN, HeartbeatValues.BOOLEAN_EXPECTED)),
            Map.entry("rtprio", new Inert("hactld runs at normal priority; to raise it, set CPUSchedulingPriority= in a drop-in for hactld.service", COUNT, "a priority number")),
            Map.entry("conn_logd_time", new Inert("there is no logging daemon to reconnect to; hactld logs directly", TIME, HeartbeatValues.TIME_EXPECTED)),
            Map.entry("record_config_changes", new Inert("every CIB change is always logged", BOOLEAN, HeartbeatValues.BOOLEAN_EXPECTED)),
            Map.entry("record_pengine_inputs", new Inert("scheduler inputs are reproducible with hactl simulate on the saved CIB", BOOLEAN, HeartbeatValues.BOOLEAN_EXPECTED)),
            Map.entry("enable_config_writes", new Inert("the CIB is always persisted", BOOLEAN, HeartbeatValues.BOOLEAN_EXPECTED)));
}
