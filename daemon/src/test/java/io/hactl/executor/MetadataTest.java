package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** meta-data parsing and the checks a resource definition must pass before anything starts. */
class MetadataTest {
    private static final String IPADDR = """
            <?xml version="1.0"?>
            <!DOCTYPE resource-agent SYSTEM "ra-api-1.dtd">
            <resource-agent name="IPaddr2" version="1.0">
            <version>1.1</version>
            <longdesc lang="en">Manages a virtual IPv4 address.</longdesc>
            <shortdesc lang="en">Virtual IPv4 address</shortdesc>
            <parameters>
            <parameter name="ip" unique="1" required="1">
            <longdesc lang="en">The address.</longdesc>
            <shortdesc lang="en">IPv4 address</shortdesc>
            <content type="string"/>
            </parameter>
            <parameter name="arp_count">
            <longdesc lang="en">How many.</longdesc><shortdesc lang="en">ARP count</shortdesc>
            <content type="integer" default="5"/>
            </parameter>
            <parameter name="local_stop_script" deprecated="true">
            <longdesc lang="en">Old.</longdesc><shortdesc lang="en">Old</shortdesc>
            <content type="string"/>
            </parameter>
            </parameters>
            <actions>
            <action name="start" timeout="20s"/>
            <action name="stop" timeout="20s"/>
            <action name="monitor" timeout="30s" interval="10s" depth="0"/>
            <action name="meta-data" timeout="5s"/>
            </actions>
            </resource-agent>
            """;

    private static AgentMetadata ipaddr() {
        MetadataRead read = MetadataParser.parse(IPADDR);
        assertThat(read).isInstanceOf(MetadataRead.Parsed.class);
        return ((MetadataRead.Parsed) read).metadata();
    }

    @Test
    void readsParametersAndActionAdviceWithoutFetchingTheDtd() {
        AgentMetadata metadata = ipaddr();

        assertThat(metadata.name()).isEqualTo("IPaddr2");
        assertThat(metadata.ocfVersion()).isEqualTo("1.1");
        assertThat(metadata.parameter("ip")).get().satisfies(ip -> {
            assertThat(ip.required()).isTrue();
            assertThat(ip.unique()).isTrue();
            assertThat(ip.shortdesc()).isEqualTo("IPv4 address");
        });
        assertThat(metadata.parameter("arp_count").flatMap(ParameterSpec::defaultValue)).contains("5");
        assertThat(metadata.parameter("local_stop_script")).get().extracting(ParameterSpec::deprecated).isEqualTo(true);
        assertThat(metadata.advisedTimeout("monitor", Duration.ofSeconds(10), 0)).contains(Duration.ofSeconds(30));
        assertThat(metadata.advisedTimeout("start", Duration.ZERO, 0)).contains(Duration.ofSeconds(20));
        assertThat(metadata.advisedTimeout("promote", Duration.ZERO, 0)).isEmpty();
    }

    @Test
    void refusesWhatIsNotMetaData() {
        assertThat(MetadataParser.parse("<resource-agent><unclosed>")).isInstanceOf(MetadataRead.Unreadable.class);
        assertThat(MetadataParser.parse("<html/>")).isInstanceOfSatisfying(MetadataRead.Unreadable.class,
                unreadable -> assertThat(unreadable.why()).contains("expected <resource-agent>"));
    }

    @Test
    void refusesAMissingRequiredParameterAndAnUnknownOne() {
        Primitive typo = Primitive.of("failover-ip", "ocf:hactl:IPaddr2", Map.of("ipp", "150.214.153.235"));

        List<ResourceProblem> problems = ResourceCheck.check(typo, ipaddr(), List.of());

        assertThat(problems).allMatch(ResourceProblem::refuses).extracting(ResourceProblem::message)
                .containsExactlyInAnyOrder(
                        "required parameter 'ip' of ocf:hactl:IPaddr2 is missing (IPv4 address)",
                        "unknown parameter 'ipp': ocf:hactl:IPaddr2 has [ip, arp_count, local_stop_script]");
    }

    @Test
    void refusesValuesOfTheWrongTypeAndWarnsOfDeprecatedParameters() {
        Primitive resource = Primitive.of("vip", "ocf:hactl:IPaddr2",
                Map.of("ip", "10.0.0.1", "arp_count", "five", "local_stop_script", "/bin/true"));

        List<ResourceProblem> problems = ResourceCheck.check(resource, ipaddr(), List.of());

        assertThat(problems).extracting(ResourceProblem::toString).containsExactlyInAnyOrder(
                "error: vip: parameter 'arp_count' must be an integer, got 'five'",
                "warning: vip: parameter 'local_stop_script' is deprecated by ocf:hactl:IPaddr2");
    }

    @Test
    void warnsWhenATimeoutIsBelowTheAgentsAdviceAndFillsInDefaults() {
        Primitive resource = Primitive.of("vip", "ocf:hactl:IPaddr2", Map.of("ip", "10.0.0.1"));
        Operation shortMonitor = Operation.monitor(Duration.ofSeconds(10), Duration.ofSeconds(5));
        Operation start = ResourceCheck.withDefaultTimeout(ipaddr(), "start", Optional.empty(), Duration.ZERO,
                Duration.ZERO, 0);
        Operation promote = ResourceCheck.withDefaultTimeout(ipaddr(), "promote", Optional.empty(), Duration.ZERO,
                Duration.ZERO, 0);

        List<ResourceProblem> problems = ResourceCheck.check(resource, ipaddr(), List.of(shortMonitor, start));

        assertThat(start.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(promote.timeout()).as("no advice: Pacemaker's default").isEqualTo(Operation.DEFAULT_TIMEOUT);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.refuses()).isFalse();
            assertThat(problem.message()).isEqualTo("monitor (interval 10s) timeout 5s is below the 30s that"
                    + " ocf:hactl:IPaddr2 advises; the operation may time out and count as a failure");
        });
    }

    @Test
    void lsbScriptsTakeNoParameters() {
        Primitive resource = Primitive.of("pbx", "lsb:asterisk", Map.of("config", "/etc/asterisk"));

        assertThat(ResourceCheck.check(resource, AgentMetadata.implied(resource.agent()), List.of()))
                .singleElement().extracting(ResourceProblem::refuses).isEqualTo(true);
    }
}
