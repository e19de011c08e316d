package io.hactl.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hactl.config.Medium;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaMappingTest {

    private static final Path HA_CF = Path.of("/etc/ha.d/ha.cf");
    private final MediaMapping mapping = new MediaMapping(MediaMappingTest::loopbackOnly);

    /** Only "lo" exists, with 127.0.0.1, as on any Linux machine. */
    private static List<InetAddress> loopbackOnly(String device) {
        return device.equals("lo") ? MediaMapping.Interfaces.system().ipv4("lo") : List.of();
    }

    private static InetAddress ip(String text) throws Exception {
        return InetAddress.getByName(text);
    }

    @Test
    void ucastLinesBecomeOneUnicastTransportOverTheirPeers() throws Exception {
        Transport t = mapping.transportFor(List.of(
                new Medium.Ucast("lo", ip("10.0.0.1"), 694, HA_CF, 5),
                new Medium.Ucast("lo", ip("10.0.0.2"), 694, HA_CF, 6)));
        assertThat(t).isEqualTo(new Transport.Unicast(ip("127.0.0.1"), 694,
                List.of(new InetSocketAddress(ip("10.0.0.1"), 694), new InetSocketAddress(ip("10.0.0.2"), 694)), 0));
        assertThat(ChannelStack.fdSockPort(t.port())).isEqualTo(1818);
    }

    @Test
    void ucastBindsTheNodesOwnAddressNotAVirtualIpListedBeforeIt() throws Exception {
        // IPaddr2 put the VIP on eth0 and the kernel lists it first; a restarted hactld must not heartbeat from it.
        List<InetAddress> eth0 = List.of(ip("10.250.0.100"), ip("10.250.0.1"));
        MediaMapping withVip = new MediaMapping(device -> eth0);
        Transport t = withVip.transportFor(List.of(
                new Medium.Ucast("eth0", ip("10.250.0.1"), 694, HA_CF, 5),
                new Medium.Ucast("eth0", ip("10.250.0.2"), 694, HA_CF, 6)));
        assertThat(t.bindAddress()).isEqualTo(ip("10.250.0.1"));
    }

    @Test
    void mcastKeepsGroupPortTtlAndLoop() throws Exception {
        Transport t = mapping.transportFor(List.of(new Medium.Mcast("lo", ip("225.0.0.1"), 694, 1, false, HA_CF, 7)));
        assertThat(t).isEqualTo(new Transport.Multicast(ip("127.0.0.1"), ip("225.0.0.1"), 694, 1, false));
        assertThat(t.port()).as("unicast socket beside the group port").isEqualTo(695);
    }

    @Test
    void bcastIsCarriedAsLinkScopedMulticastOnTheDevice() throws Exception {
        Transport t = mapping.transportFor(List.of(new Medium.Bcast("lo", 694, HA_CF, 3)));
        assertThat(t).isEqualTo(new Transport.Multicast(ip("127.0.0.1"), ip(MediaMapping.BCAST_GROUP), 694, 1, false));
    }

    @Test
    void severalDevicesAreRefusedWithTheBondingAdvice() throws Exception {
        assertThatThrownBy(() -> mapping.transportFor(List.of(
                new Medium.Bcast("lo", 694, HA_CF, 3),
                new Medium.Ucast("eth1", ip("10.0.0.2"), 694, HA_CF, 4))))
                .hasMessageContaining("/etc/ha.d/ha.cf:4")
                .hasMessageContaining("bcast lo, ucast eth1")
                .hasMessageContaining("bond the interfaces");
    }

    @Test
    void missingInterfaceNamesTheLine() throws Exception {
        assertThatThrownBy(() -> mapping.transportFor(List.of(new Medium.Ucast("eth9", ip("10.0.0.2"), 694, HA_CF, 9))))
                .hasMessage("/etc/ha.d/ha.cf:9: interface eth9 does not exist or has no IPv4 address");
    }

    @Test
    void noMediumIsRefused() {
        assertThatThrownBy(() -> mapping.transportFor(List.of())).hasMessageContaining("names no heartbeat medium");
    }
}
