package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentInvocationTest {
    private final AgentDirectories dirs = new AgentDirectories(Path.of("/opt/ocf"), Path.of("/opt/init.d"),
            Path.of("/opt/resource.d"));

    @Test
    void ocfAgentsGetTheOcf11EnvironmentWithMetaTimesInMilliseconds() {
        Primitive vip = Primitive.of("failover-ip", "ocf:heartbeat:IPaddr2", Map.of("ip", "150.214.153.235"));
        Operation monitor = new Operation("monitor", Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ZERO, 10);

        AgentInvocation invocation = AgentInvocation.of(vip, monitor, dirs,
                Map.of("PATH", "/usr/bin", "OCF_RESKEY_leak", "x", "LANG", "C"));

        assertThat(invocation.commandLine()).containsExactly("/opt/ocf/resource.d/heartbeat/IPaddr2", "monitor");
        assertThat(invocation.environment())
                .containsEntry("OCF_ROOT", "/opt/ocf")
                .containsEntry("OCF_FUNCTIONS_DIR", "/usr/lib/ocf/lib/heartbeat") // /opt/ocf has none of its own
                .containsEntry("OCF_RA_VERSION_MAJOR", "1")
                .containsEntry("OCF_RA_VERSION_MINOR", "1")
                .containsEntry("OCF_RESOURCE_INSTANCE", "failover-ip")
                .containsEntry("OCF_RESOURCE_TYPE", "IPaddr2")
                .containsEntry("OCF_RESOURCE_PROVIDER", "heartbeat")
                .containsEntry("OCF_RESKEY_ip", "150.214.153.235")
                .containsEntry("OCF_RESKEY_CRM_meta_timeout", "20000")
                .containsEntry("OCF_RESKEY_CRM_meta_interval", "10000")
                .containsEntry("OCF_CHECK_LEVEL", "10")
                .containsEntry("OCF_EXIT_REASON_PREFIX", "ocf-exit-reason:")
                .containsEntry("LANG", "C")
                .doesNotContainKey("OCF_RESKEY_leak");
        assertThat(invocation.environment().get("PATH")).startsWith("/usr/bin:").contains("/usr/sbin");
    }

    @Test
    void lsbMonitorIsStatusAndReadWithStatusCodes() {
        AgentInvocation invocation = AgentInvocation.of(Primitive.of("failover-asterisk", "lsb:asterisk", Map.of()),
                Operation.monitor(Duration.ofSeconds(15), Duration.ofSeconds(20)), dirs, Map.of());

        assertThat(invocation.commandLine()).containsExactly("/opt/init.d/asterisk", "status");
        assertThat(invocation.rcOf(3, "")).isEqualTo(OcfRc.NOT_RUNNING);
        assertThat(invocation.environment()).doesNotContainKey("OCF_ROOT");
    }

    @Test
    void heartbeatScriptsGetPositionalArgumentsBeforeTheAction() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("2", "eth0");
        args.put("1", "150.214.153.235/24");
        args.put("10", "tenth");
        AgentInvocation invocation = AgentInvocation.of(new Primitive("ip", AgentRef.heartbeat("IPaddr"), args),
                Operation.of("start", Duration.ofSeconds(20)), dirs, Map.of());

        assertThat(invocation.commandLine())
                .containsExactly("/opt/resource.d/IPaddr", "150.214.153.235/24", "eth0", "tenth", "start");
        assertThat(invocation.rcOf(0, "")).isEqualTo(OcfRc.OK);
    }
}
