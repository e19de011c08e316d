package io.hactl.config;

import java.time.Duration;

/** Checks across ha.cf directives, made once the whole file is read, as Heartbeat's start-up does. */
final class HaCfChecks {
    private HaCfChecks() {}

    /** Reports cross-directive problems and returns the effective timings (defaults filled in). */
    static Timings check(HaCfDraft draft, Problems problems) {
        if (draft.nodes.isEmpty()) {
            problems.error(0, "node", "no node is listed", "a node line naming each cluster member as uname -n prints it");
        }
        if (draft.media.isEmpty()) {
            problems.error(0, "", "no heartbeat medium is configured",
                    "at least one bcast, mcast or ucast line, e.g. bcast eth0");
        }
        checkSingleMedium(draft, problems);
        if (draft.autoFailback != null && draft.niceFailback != null) {
            problems.error(draft.niceFailback.line(), "nice_failback", "conflicts with auto_failback on line "
                    + draft.autoFailback.line(), "only auto_failback");
        }
        checkFailbackMode(draft, problems);
        return checkTimings(draft, problems);
    }

    /**
     * hactl heartbeats over one medium: one mcast line, one bcast device, or ucast lines (one per peer) on one
     * device and port. Heartbeat sent every heartbeat on every medium; hactl keeps one view of who is alive and
     * leaves link redundancy to Linux bonding, below it. A deliberate difference, refused here so that verify
     * says so before the daemon does.
     */
    private static void checkSingleMedium(HaCfDraft draft, Problems problems) {
        if (draft.media.size() < 2) {
            return;
        }
        Medium first = draft.media.get(0);
        for (Medium other : draft.media.subList(1, draft.media.size())) {
            boolean sameUnicastLink = first instanceof Medium.Ucast a && other instanceof Medium.Ucast b
                    && a.device().equals(b.device()) && a.port() == b.port();
            if (!sameUnicastLink) {
                problems.error(other.line(), other.keyword(), "a second heartbeat medium (" + other.keyword() + " "
                        + other.device() + ", after " + first.keyword() + " " + first.device() + " on line " + first.line()
                        + "): hactl heartbeats over one medium",
                        "one bcast device, one mcast line, or ucast lines on one device; for redundant links bond the"
                                + " interfaces (Linux bonding) and name the bond");
                return;
            }
        }
    }

    private static void checkFailbackMode(HaCfDraft draft, Problems problems) {
        boolean cibMode = draft.crm != null && draft.crm.value() == CrmMode.CIB;
        if (cibMode && draft.autoFailback != null) {
            problems.warning(draft.autoFailback.line(), "auto_failback",
                    "has no effect with crm yes: the CIB decides whether resources move back",
                    "resource-stickiness in the CIB (a positive stickiness keeps resources where they run)");
        } else if (!cibMode && draft.effectiveAutoFailback() == AutoFailback.LEGACY) {
            int line = draft.autoFailback == null ? 0 : draft.autoFailback.line();
            problems.warning(line, "auto_failback", "is legacy" + (line == 0 ? " (not set)" : "")
                    + ": resources move back to their preferred node as with auto_failback on", "auto_failback on or off");
        }
    }

    private static Timings checkTimings(HaCfDraft draft, Problems problems) {
        Duration keepalive = valueOr(draft.keepalive, Timings.DEFAULT_KEEPALIVE);
        Duration deadtime = valueOr(draft.deadtime, Timings.DEFAULT_DEADTIME);
        Duration warntime = valueOr(draft.warntime, Timings.defaultWarntime(deadtime));
        Duration initdead = valueOr(draft.initdead, Timings.defaultInitdead(deadtime));
        int deadtimeLine = lineOf(draft.deadtime, draft.keepalive);
        if (draft.timingUnreadable) {
            return new Timings(keepalive, deadtime, warntime, initdead);
        }

        Duration shortestDeadtime = keepalive.multipliedBy(15).dividedBy(4);
        if (deadtime.compareTo(keepalive) <= 0) {
            problems.error(deadtimeLine, "deadtime", "deadtime " + show(deadtime) + " must exceed keepalive " + show(keepalive),
                    "a deadtime several keepalives long (Heartbeat's default: keepalive 1, deadtime 30)");
        } else if (deadtime.compareTo(shortestDeadtime) < 0) {
            // hactl's failure detector must tolerate one lost heartbeat before it even suspects a node, and keep
            // a tenth of deadtime each for confirming and announcing the death: deadtime >= 3 keepalives / 0.8.
            problems.error(deadtimeLine, "deadtime", "deadtime " + show(deadtime) + " is too short for keepalive "
                    + show(keepalive) + ": one lost heartbeat would already make a node suspect",
                    "deadtime of at least 3.75 × keepalive (" + show(shortestDeadtime) + "); Heartbeat allowed less");
        }
        if (draft.warntime != null && warntime.compareTo(deadtime) >= 0) {
            problems.error(draft.warntime.line(), "warntime", "warntime " + show(warntime) + " is not less than deadtime "
                    + show(deadtime) + ": a node would be declared dead before any late-heartbeat warning",
                    "warntime below deadtime (Heartbeat only warned)");
        } else if (draft.warntime != null && warntime.compareTo(keepalive) <= 0) {
            problems.error(draft.warntime.line(), "warntime", "warntime " + show(warntime) + " is not more than keepalive "
                    + show(keepalive) + ": every heartbeat would be reported late", "warntime above keepalive");
        }
        if (initdead.compareTo(deadtime) < 0) {
            problems.error(lineOf(draft.initdead, draft.deadtime), "initdead", "initdead " + show(initdead)
                    + " is less than deadtime " + show(deadtime), "initdead at least deadtime, better twice it");
        } else if (draft.initdead != null && initdead.compareTo(deadtime.multipliedBy(2)) < 0) {
            problems.warning(draft.initdead.line(), "initdead", "initdead " + show(initdead) + " is less than twice deadtime "
                    + show(deadtime) + ": a node booting on a slow network may start resources alone",
                    "initdead of at least " + show(deadtime.multipliedBy(2)));
        }
        return new Timings(keepalive, deadtime, warntime, initdead);
    }

    private static Duration valueOr(Sourced<Duration> value, Duration fallback) {
        return value == null ? fallback : value.value();
    }

    private static int lineOf(Sourced<?> preferred, Sourced<?> other) {
        if (preferred != null) {
            return preferred.line();
        }
        return other == null ? 0 : other.line();
    }

    private static String show(Duration duration) {
        return HeartbeatValues.format(duration);
    }
}
