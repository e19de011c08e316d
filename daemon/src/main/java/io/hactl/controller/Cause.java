package io.hactl.controller;

import java.time.Instant;

/**
 * Why the cluster is about to act, in words an admin reads in the log and in {@code hactl status}: "node ast1
 * dead: no heartbeat since 12:00:01.200", "monitor rc=7 (not running) on ast1, fail count 2 ≥
 * migration-threshold 2".
 *
 * @param failure whether this is a failure (what a failover is measured from), not an admin's request
 */
record Cause(String text, Instant at, boolean failure) {}
