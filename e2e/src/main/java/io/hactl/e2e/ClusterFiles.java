package io.hactl.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The files an admin writes on every node of the SIP cluster, as hactld reads them: ha.cf (ucast to every node),
 * authkeys, and either the seed's crm configuration as a CIB or a haresources line; plus the node's kamailio.cfg,
 * which {@link SipCluster} shows the node at {@code /etc/kamailio} (each lab host has its own /etc/kamailio and
 * /run, as real hosts do, so the CIB uses the agent's default paths on every node).
 */
final class ClusterFiles {
    static final int SIP_PORT = 5060;
    private static final String KAMAILIO_MEMORY = "-m 32 -M 4";

    /** What the group runs: the seed's VIP and kamailio, or two Dummy resources for a cluster on one machine. */
    enum Service { SIP, DUMMY }

    private final ClusterSpec spec;
    private final Service service;
    private final String vip;
    private final Path ocfRoot;
    private final String device;
    private final int udpPort;

    private ClusterFiles(ClusterSpec spec, Service service, String vip, Path ocfRoot, String device, int udpPort) {
        this.spec = spec;
        this.service = service;
        this.vip = vip;
        this.ocfRoot = ocfRoot;
        this.device = device;
        this.udpPort = udpPort;
    }

    /** The SIP cluster on the lab's hosts: heartbeats on eth0, port 694. */
    static ClusterFiles sip(ClusterSpec spec, String vip, Path ocfRoot) {
        return new ClusterFiles(spec, Service.SIP, vip, ocfRoot, "eth0", 694);
    }

    /** A Dummy group on one machine's loopback: unprivileged port 10694, node N at 127.0.0.N. */
    static ClusterFiles loopback(ClusterSpec spec, Path ocfRoot) {
        return new ClusterFiles(spec, Service.DUMMY, "", ocfRoot, "lo", 10694);
    }

    /** Writes node {@code n}'s configuration directory under {@code root} and returns it. */
    Path write(Path root, int n, String nodeAddressPrefix) {
        try {
            Path dir = Files.createDirectories(root.resolve(ClusterSpec.nodeName(n)));
            Files.writeString(dir.resolve("ha.cf"), haCf(nodeAddressPrefix));
            Path authkeys = dir.resolve("authkeys");
            Files.writeString(authkeys, "auth 1\n1 sha256 sip-lab-" + root.getFileName() + "\n");
            Files.setPosixFilePermissions(authkeys, PosixFilePermissions.fromString("rw-------"));
            if (spec.crm()) {
                Files.writeString(dir.resolve("cib.xml"), cib());
            } else {
                Files.writeString(dir.resolve("haresources"), ClusterSpec.nodeName(1) + " IPaddr2::" + vip + "/"
                        + prefixLength() + "/eth0 kamailio::" + vip + "\n");
                Path script = Files.createDirectories(dir.resolve("resource.d")).resolve("kamailio");
                Files.writeString(script, heartbeatScript());
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            if (service == Service.SIP) {
                Path kamailio = Files.createDirectories(dir.resolve("kamailio"));
                Files.writeString(kamailio.resolve("kamailio.cfg"), kamailioCfg(ClusterSpec.nodeName(n)));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the configuration of node " + n + " under " + root, e);
        }
    }

    private static int prefixLength() {
        return io.hactl.lab.NetworkLab.prefixLength();
    }

    private String haCf(String nodeAddressPrefix) {
        StringBuilder s = new StringBuilder("# Written by the hactl SIP lab: " + spec.profile().name() + "\n");
        spec.profile().haCf().forEach(line -> s.append(line).append('\n'));
        s.append("udpport ").append(udpPort).append('\n');
        IntStream.rangeClosed(1, spec.nodes()).forEach(i -> s.append("ucast ").append(device).append(' ')
                .append(nodeAddressPrefix).append(i).append('\n'));
        IntStream.rangeClosed(1, spec.nodes()).forEach(i -> s.append("node ").append(ClusterSpec.nodeName(i)).append('\n'));
        if (!spec.crm()) {
            s.append("auto_failback ").append(spec.autoFailback() ? "on" : "off").append('\n');
        }
        s.append("crm ").append(spec.crm() ? "yes" : "no").append('\n');
        if (service == Service.DUMMY) {
            // A demo run by an ordinary user: that user may administer its own cluster.
            s.append("apiauth hactl uid=").append(System.getProperty("user.name")).append('\n');
        }
        return s.toString();
    }

    /**
     * The seed's crm configuration (conf/asterisk-seed/cib.xml) for this lab: the VIP and kamailio in place of
     * IPaddr and Asterisk, node preferences 100, 90, 80…, stickiness 20 per member (0 with auto_failback), and
     * {@code multiple-active=stop_unexpected}: a node whose hactld crashed and came back stops its stale copy
     * without disturbing the one callers now reach.
     */
    String cib() {
        String rules = IntStream.rangeClosed(1, spec.nodes()).mapToObj(i -> """
                        <rule id="run-group-rule-ast%1$d" score="%2$d">
                          <expression id="run-group-rule-ast%1$d-expr" attribute="#uname" operation="eq" value="ast%1$d"/>
                        </rule>
                """.formatted(i, 110 - 10 * i)).collect(Collectors.joining());
        String nodes = IntStream.rangeClosed(1, spec.nodes())
                .mapToObj(i -> "      <node id=\"ast%1$d\" uname=\"ast%1$d\"/>\n".formatted(i))
                .collect(Collectors.joining());
        String stickiness = spec.autoFailback() ? "0" : "20";
        String monitor = millis(spec.profile().monitor());
        return """
                <cib admin_epoch="0" epoch="1" num_updates="0" validate-with="pacemaker-3.9">
                  <configuration>
                    <crm_config>
                      <cluster_property_set id="cib-bootstrap-options">
                        <nvpair id="opt-no-quorum-policy" name="no-quorum-policy" value="ignore"/>
                        <nvpair id="opt-stonith-enabled" name="stonith-enabled" value="false"/>
                      </cluster_property_set>
                    </crm_config>
                    <nodes>
                %1$s    </nodes>
                    <resources>
                      <group id="%2$s">
                        <meta_attributes id="group-meta">
                          <nvpair id="group-stickiness" name="resource-stickiness" value="%3$s"/>
                          <nvpair id="group-migration-threshold" name="migration-threshold" value="%4$d"/>
                        </meta_attributes>
                %5$s      </group>
                    </resources>
                    <constraints>
                      <rsc_location id="run-group" rsc="%2$s">
                %6$s      </rsc_location>
                    </constraints>
                    <rsc_defaults>
                      <meta_attributes id="rsc-options">
                        <nvpair id="rsc-options-multiple-active" name="multiple-active" value="stop_unexpected"/>
                      </meta_attributes>
                    </rsc_defaults>
                  </configuration>
                  <status/>
                </cib>
                """.formatted(nodes, ClusterSpec.GROUP, stickiness, spec.migrationThreshold(),
                service == Service.SIP ? sipPrimitives(monitor) : dummyPrimitives(monitor), rules);
    }

    private String sipPrimitives(String monitor) {
        return """
                        <primitive id="%1$s" class="ocf" provider="hactl" type="IPaddr2">
                          <instance_attributes id="vip-params">
                            <nvpair id="vip-ip" name="ip" value="%2$s"/>
                            <nvpair id="vip-cidr" name="cidr_netmask" value="%3$d"/>
                            <nvpair id="vip-nic" name="nic" value="eth0"/>
                          </instance_attributes>
                          <operations>
                            <op id="vip-monitor" name="monitor" interval="%4$s" timeout="10s"/>
                          </operations>
                        </primitive>
                        <primitive id="%5$s" class="ocf" provider="hactl" type="kamailio">
                          <instance_attributes id="sip-params">
                            <nvpair id="sip-listen" name="listen_address" value="%2$s"/>
                            <nvpair id="sip-monitoring-ip" name="monitoring_ip" value="%2$s"/>
                            <nvpair id="sip-port" name="port" value="%6$d"/>
                            <nvpair id="sip-proto" name="proto" value="udp"/>
                            <nvpair id="sip-probe-timeout" name="probe_timeout" value="%7$s"/>
                            <nvpair id="sip-extra" name="extra_options" value="%8$s"/>
                          </instance_attributes>
                          <operations>
                            <op id="sip-start" name="start" interval="0" timeout="20s"/>
                            <op id="sip-stop" name="stop" interval="0" timeout="20s"/>
                            <op id="sip-monitor" name="monitor" interval="%4$s" timeout="10s"/>
                          </operations>
                        </primitive>
                """.formatted(ClusterSpec.VIP_RESOURCE, vip, prefixLength(), monitor, ClusterSpec.SIP_RESOURCE,
                SIP_PORT, seconds(spec.profile().probeTimeout()), KAMAILIO_MEMORY);
    }

    /** The same group with ocf:hactl:Dummy members: "running" is a state file in the node's HA_RSCTMP. */
    private static String dummyPrimitives(String monitor) {
        return java.util.stream.Stream.of(ClusterSpec.VIP_RESOURCE, ClusterSpec.SIP_RESOURCE).map(id -> """
                        <primitive id="%1$s" class="ocf" provider="hactl" type="Dummy">
                          <operations>
                            <op id="%1$s-monitor" name="monitor" interval="%2$s" timeout="10s"/>
                          </operations>
                        </primitive>
                """.formatted(id, monitor)).collect(Collectors.joining());
    }

    /** A Heartbeat resource script ({@code kamailio ADDRESS start|stop|status}) over hactl's OCF agent. */
    private String heartbeatScript() {
        return """
                #!/bin/sh
                # kamailio ADDRESS {start|stop|status}: the kamailio of /etc/kamailio answering on ADDRESS,
                # as a Heartbeat resource script (haresources: kamailio::ADDRESS), through hactl's OCF agent.
                export OCF_ROOT=%s OCF_RESOURCE_INSTANCE=kamailio
                export OCF_RESKEY_listen_address="$1" OCF_RESKEY_monitoring_ip="$1" OCF_RESKEY_extra_options="%s"
                agent=$OCF_ROOT/resource.d/hactl/kamailio
                case "$2" in
                    start|stop) exec "$agent" "$2" ;;
                    status) if "$agent" monitor; then echo running; else echo stopped; fi ;;
                    *) echo "usage: $0 ADDRESS {start|stop|status}" >&2; exit 1 ;;
                esac
                """.formatted(ocfRoot, KAMAILIO_MEMORY);
    }

    /** Answers OPTIONS statelessly with 200 and an X-Node header naming the node; the agent gives the address. */
    static String kamailioCfg(String node) {
        return """
                #!KAMAILIO
                # Node %1$s of the hactl SIP lab: answers OPTIONS with X-Node: %1$s. The agent passes -l.
                debug=2
                log_stderror=no
                children=1
                disable_sctp=yes
                auto_aliases=no
                dns=no
                rev_dns=no
                loadmodule "sl.so"
                loadmodule "textops.so"

                request_route {
                    if (is_method("OPTIONS")) {
                        append_to_reply("X-Node: %1$s\\r\\n");
                        sl_send_reply("200", "OK");
                        exit;
                    }
                    sl_send_reply("405", "Method Not Allowed");
                }
                """.formatted(node);
    }

    private static String millis(Duration d) {
        return d.toMillis() + "ms";
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }
}
