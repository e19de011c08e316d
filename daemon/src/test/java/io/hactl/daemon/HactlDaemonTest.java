package io.hactl.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hactl.config.AuthKey;
import io.hactl.config.AuthKeys;
import io.hactl.config.AuthMethod;
import io.hactl.config.AutoFailback;
import io.hactl.config.Autojoin;
import io.hactl.config.ClusterConfig;
import io.hactl.config.CrmMode;
import io.hactl.config.HaCf;
import io.hactl.config.LogSettings;
import io.hactl.config.Medium;
import io.hactl.config.Sourced;
import io.hactl.config.Timings;
import io.hactl.membership.MediaMapping;
import io.hactl.membership.Membership;
import io.hactl.membership.Transport;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the daemon turns a loaded configuration into membership settings, and what it refuses. */
class HactlDaemonTest {

    private static final Path DIR = Path.of("/etc/ha.d");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final MediaMapping.Interfaces LO = MediaMapping.Interfaces.system();

    private static ClusterConfig config(String localNode, Autojoin autojoin, Timings timings) throws Exception {
        Path haCfFile = DIR.resolve("ha.cf");
        HaCf haCf = new HaCf(haCfFile,
                List.of(new Sourced<>("ast1", haCfFile, 10), new Sourced<>("ast2", haCfFile, 11)),
                List.of(new Medium.Ucast("lo", InetAddress.getByName("127.0.0.1"), 694, haCfFile, 5),
                        new Medium.Ucast("lo", InetAddress.getByName("127.0.0.2"), 694, haCfFile, 6)),
                timings, AutoFailback.OFF, CrmMode.HARESOURCES, autojoin, LogSettings.defaults(), Optional.empty(),
                List.of(), Map.of(), List.of());
        AuthKeys keys = AuthKeys.of(DIR.resolve("authkeys"), 1, Map.of(1, new AuthKey(1, AuthMethod.SHA1, "s3cret", 2)));
        return new ClusterConfig(DIR, localNode, haCf, keys, Optional.empty(), DIR.resolve("cib.xml"));
    }

    private static Timings fast() {
        return new Timings(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofMillis(300), Duration.ofSeconds(2));
    }

    @Test
    void settingsComeFromHaCfAndAuthkeys() throws Exception {
        Membership.Settings settings = HactlDaemon.membershipSettings(config("ast1", Autojoin.NONE, fast()), CLOCK, LO, java.util.Optional.empty());

        assertThat(settings.localNode()).isEqualTo("ast1");
        assertThat(settings.listedNodes()).isEqualTo(Set.of("ast1", "ast2"));
        assertThat(settings.autojoin()).isFalse();
        assertThat(settings.timing().deadtime()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.transport()).isInstanceOf(Transport.Unicast.class);
        assertThat(settings.generation()).as("at least the wall-clock milliseconds at start")
                .isGreaterThanOrEqualTo(CLOCK.millis());
    }

    @Test
    void unlistedNodeIsRefusedUnlessAutojoinAdmitsIt() throws Exception {
        assertThatThrownBy(() -> HactlDaemon.membershipSettings(config("ast9", Autojoin.NONE, fast()), CLOCK, LO, java.util.Optional.empty()))
                .isInstanceOfSatisfying(HactlDaemon.StartFailure.class, f -> assertThat(f.isConfiguration()).isTrue())
                .hasMessageContaining("node ast9 is not listed and autojoin is none");
        assertThat(HactlDaemon.membershipSettings(config("ast9", Autojoin.OTHER, fast()), CLOCK, LO, java.util.Optional.empty()).autojoin()).isTrue();
    }

    @Test
    void impossibleTimingsAreAConfigurationErrorNamingHaCf() throws Exception {
        Timings tooTight = new Timings(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMillis(1500),
                Duration.ofSeconds(2));
        assertThatThrownBy(() -> HactlDaemon.membershipSettings(config("ast1", Autojoin.NONE, tooTight), CLOCK, LO, java.util.Optional.empty()))
                .isInstanceOfSatisfying(HactlDaemon.StartFailure.class, f -> assertThat(f.isConfiguration()).isTrue())
                .hasMessageStartingWith("/etc/ha.d/ha.cf: deadtime 2000ms is too short for keepalive 1000ms");
    }
}
