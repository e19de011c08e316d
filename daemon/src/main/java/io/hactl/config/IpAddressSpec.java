package io.hactl.config;

import java.net.InetAddress;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The argument of haresources' {@code IPaddr}/{@code IPaddr2} shorthand: {@code IP[/CIDR[/NIC][/BROADCAST]]},
 * e.g. {@code 150.214.153.235/24/eth0}. Heartbeat accepts the broadcast address either after the nic or
 * straight after the prefix length ({@code 135.9.8.7/24/135.9.8.210}).
 */
public record IpAddressSpec(
        InetAddress ip, OptionalInt cidrNetmask, Optional<String> nic, Optional<InetAddress> broadcast) {}
