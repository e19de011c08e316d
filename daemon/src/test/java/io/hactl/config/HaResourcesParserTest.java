package io.hactl.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HaResourcesParserTest {

    static final Optional<Set<String>> NODES = Optional.of(Set.of("ast1", "ast2", "node1", "just.linux-ha.org"));

    static ConfigReport<HaResources> parse(String... lines) {
        return HaResourcesParser.parse(Path.of("haresources"), List.of(lines), NODES);
    }

    @Test
    void readsTheAsteriskGroup() throws IOException {
        HaResources resources = parse("ast1 IPaddr::150.214.153.235/24/eth0 asterisk").get();

        ResourceGroup group = resources.groups().get(0);
        assertThat(group.preferredNode()).isEqualTo("ast1");
        assertThat(group.id()).isEqualTo("group_IPaddr_150_214_153_235");
        assertThat(group.resources()).extracting(HaResource::id, HaResource::type, HaResource::args)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("IPaddr_150_214_153_235", "IPaddr", List.of("150.214.153.235/24/eth0")),
                        org.assertj.core.groups.Tuple.tuple("asterisk", "asterisk", List.of()));
        assertThat(group.resources().get(0).ipAddress()).contains(new IpAddressSpec(
                InetAddress.getByName("150.214.153.235"), OptionalInt.of(24), Optional.of("eth0"), Optional.empty()));
    }

    /** Every example of Heartbeat's stock haresources, uncommented: all of them are read. */
    @Test
    void readsEveryExampleOfHeartbeatsStockSample() throws IOException {
        List<String> examples = HaCfParserTest.stockFile("haresources").stream()
                .filter(line -> line.matches("^#(just\\.linux-ha\\.org|node1)\\s.*"))
                .map(line -> line.substring(1))
                .toList();
        // The stock examples are alternatives for one machine; each is checked on its own.
        for (String example : examples) {
            ConfigReport<HaResources> report = parse(example);
            assertThat(report.errors()).as(example).isEmpty();
        }
        assertThat(examples).hasSize(5);
        HaResources shared = parse("node1  10.0.0.170 Filesystem::/dev/sda1::/data1::ext2").get();
        assertThat(shared.groups().get(0).resources()).extracting(HaResource::id)
                .containsExactly("IPaddr_10_0_0_170", "Filesystem_dev_sda1");
        assertThat(shared.groups().get(0).resources().get(1).args()).containsExactly("/dev/sda1", "/data1", "ext2");
    }

    @Test
    void readsTheBroadcastShorthands() throws IOException {
        HaResource withNic = parse("ast1 135.9.216.3/28/eth0/135.9.216.12").get().groups().get(0).resources().get(0);
        HaResource withoutNic = parse("ast1 IPaddr::135.9.8.7/24/135.9.8.210").get().groups().get(0).resources().get(0);
        HaResource netmask = parse("ast1 IPaddr2::10.1.1.5/255.255.255.0").get().groups().get(0).resources().get(0);

        assertThat(withNic.ipAddress().get().nic()).contains("eth0");
        assertThat(withNic.ipAddress().get().broadcast()).contains(InetAddress.getByName("135.9.216.12"));
        assertThat(withoutNic.ipAddress().get().nic()).isEmpty();
        assertThat(withoutNic.ipAddress().get().broadcast()).contains(InetAddress.getByName("135.9.8.210"));
        assertThat(netmask.ipAddress().get().cidrNetmask()).hasValue(24);
        assertThat(netmask.id()).isEqualTo("IPaddr2_10_1_1_5");
    }

    @Test
    void joinsBackslashContinuedLinesAndSkipsComments() {
        HaResources resources = parse(
                "# the service group",
                "ast1 IPaddr::10.0.0.5 \\",
                "     apache \\",
                "     mysql   # database last",
                "",
                "ast2 10.0.0.6").get();

        assertThat(resources.groups()).extracting(ResourceGroup::line).containsExactly(2, 6);
        assertThat(resources.groups().get(0).resources()).extracting(HaResource::id)
                .containsExactly("IPaddr_10_0_0_5", "apache", "mysql");
    }

    @Test
    void refusesAResourceListedTwice() {
        assertThat(parse("ast1 10.0.0.5 apache", "ast2 IPaddr::10.0.0.5").errors()).map(ConfigProblem::toString)
                .containsExactly("haresources:2: IPaddr::10.0.0.5: resource IPaddr_10_0_0_5 is already listed on line 1;"
                        + " expected each resource once: a resource can belong to one group only");
    }

    @Test
    void refusesMalformedResources() {
        assertThat(parse("ast1 Filesystem::::/data", "ast2 IPaddr", "ast1 bad/name").errors())
                .extracting(ConfigProblem::line, ConfigProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "is not a resource"),
                        org.assertj.core.groups.Tuple.tuple(2, "IPaddr needs an address"),
                        org.assertj.core.groups.Tuple.tuple(3, "is not a resource"));
    }
}
