package io.hactl.config;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the directives of one ha.cf have set so far. Heartbeat reads the file top to bottom and some
 * directives act when met ({@code udpport} applies to the media after it), so the draft keeps that state.
 */
final class HaCfDraft {
    final Path file;
    final List<Sourced<String>> nodes = new ArrayList<>();
    final List<Medium> media = new ArrayList<>();
    int udpPort = HaCf.DEFAULT_UDP_PORT;
    Sourced<Integer> udpPortSetAt;
    Sourced<Duration> keepalive;
    Sourced<Duration> deadtime;
    Sourced<Duration> warntime;
    Sourced<Duration> initdead;
    /** A timing line was wrong: comparing the timings would only add confusing follow-up errors. */
    boolean timingUnreadable;
    Sourced<AutoFailback> autoFailback;
    Sourced<Boolean> niceFailback;
    Sourced<CrmMode> crm;
    Autojoin autojoin = Autojoin.NONE;
    Path logfile;
    Path debugfile;
    Sourced<String> logfacility;
    int debugLevel;
    boolean useLogd;
    String compressionModule;
    Integer compressionThresholdKb;
    int compressionLine;
    final List<Respawn> respawns = new ArrayList<>();
    final Map<String, String> respawnEnvironment = new LinkedHashMap<>();
    final List<ApiAuth> apiAuth = new ArrayList<>();

    HaCfDraft(Path file) {
        this.file = file;
    }

    <T> Sourced<T> at(ConfigLine line, T value) {
        return new Sourced<>(value, file, line.number());
    }

    void addMedium(Medium medium) {
        media.add(medium);
    }

    Medium.Bcast bcast(String device, ConfigLine line) {
        return new Medium.Bcast(device, udpPort, file, line.number());
    }

    Medium.Ucast ucast(String device, InetAddress peer, ConfigLine line) {
        return new Medium.Ucast(device, peer, udpPort, file, line.number());
    }

    HaCf build(Timings timings) {
        Optional<Compression> compression = compressionModule == null && compressionThresholdKb == null
                ? Optional.empty()
                : Optional.of(new Compression(
                        compressionModule == null ? "zlib" : compressionModule,
                        compressionThresholdKb == null ? Compression.DEFAULT_THRESHOLD_KB : compressionThresholdKb));
        LogSettings logging = new LogSettings(
                Optional.ofNullable(logfile),
                Optional.ofNullable(debugfile),
                Optional.ofNullable(logfacility).map(Sourced::value).filter(f -> !f.equals("none")),
                debugLevel,
                useLogd);
        return new HaCf(
                file,
                nodes,
                media,
                timings,
                effectiveAutoFailback(),
                crm == null ? CrmMode.HARESOURCES : crm.value(),
                autojoin,
                logging,
                compression,
                respawns,
                respawnEnvironment,
                apiAuth);
    }

    AutoFailback effectiveAutoFailback() {
        if (autoFailback != null) {
            return autoFailback.value();
        }
        if (niceFailback != null) {
            return niceFailback.value() ? AutoFailback.OFF : AutoFailback.ON;
        }
        return AutoFailback.LEGACY;
    }
}
