package io.hactl.config;

import java.util.Map;

/**
 * Heartbeat directives hactl refuses, each with the reason and what to use instead. Refusing is the safe
 * choice for these: each promises a behaviour (fencing, a serial link, connectivity-driven failover) that
 * an admin relies on, and silently not providing it could cost a split brain or a missed failover.
 */
final class UnsupportedDirectives {
    private UnsupportedDirectives() {}

    static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("serial", "serial heartbeat links; use a second network medium (bcast/ucast on another interface)"),
            Map.entry("baud", "serial heartbeat links (baud sets their speed); remove it with the serial lines"),
            Map.entry("stonith", "fencing devices in ha.cf; hactl does not fence yet, so keep stonith-enabled=false and a two-node policy you can live with"),
            Map.entry("stonith_host", "fencing devices in ha.cf; hactl does not fence yet, so keep stonith-enabled=false and a two-node policy you can live with"),
            Map.entry("watchdog", "a watchdog device opened by the daemon; hactld.service pings systemd's watchdog (WatchdogSec=), and systemd's RuntimeWatchdogSec= drives a hardware watchdog"),
            Map.entry("ping", "ping nodes (ipfail); connectivity-driven placement is not available yet"),
            Map.entry("ping6", "ping nodes (ipfail); connectivity-driven placement is not available yet"),
            Map.entry("ping_group", "ping groups (ipfail); connectivity-driven placement is not available yet"),
            Map.entry("hbaping", "Fibre Channel HBA ping nodes"),
            Map.entry("deadping", "ping nodes, whose dead time it sets"),
            Map.entry("mcast6", "IPv6 heartbeat media; use mcast or ucast over IPv4"),
            Map.entry("ucast6", "IPv6 heartbeat media; use mcast or ucast over IPv4"),
            Map.entry("quorum_server", "an external quorum server; set no-quorum-policy in the CIB instead"));
}
