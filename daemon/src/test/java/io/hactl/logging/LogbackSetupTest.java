package io.hactl.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.config.LogSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogbackSetupTest {
    private final Logger log = LoggerFactory.getLogger("io.hactl.membership.Membership");

    @TempDir
    Path dir;

    @AfterEach
    void restoreDefaults() {
        LogbackSetup.applyDefaults();
    }

    @Test
    void logfileGetsInfoAndDebugfileGetsEverythingWhenDebugIsOn() throws IOException {
        Path logfile = dir.resolve("ha-log");
        Path debugfile = dir.resolve("ha-debug");
        LogbackSetup.apply(new LogSettings(Optional.of(logfile), Optional.of(debugfile), Optional.empty(), 1, false),
                "ast1", Optional.empty());

        log.atInfo().addKeyValue("node", "ast2").addKeyValue("reason", "heartbeat late").log("node joined");
        log.debug("view installed");

        String info = Files.readString(logfile);
        assertThat(info).matches("\\d{4}/\\d{2}/\\d{2}_\\d{2}:\\d{2}:\\d{2}\\.\\d{3} ast1 hactld\\[\\d+\\]: INFO: Membership: "
                + "node joined node=ast2 reason=\"heartbeat late\"\n");
        assertThat(Files.readString(debugfile)).contains("INFO: Membership: node joined", "DEBUG: Membership: view installed");
    }

    @Test
    void debugZeroKeepsDebugOutOfTheDebugfile() throws IOException {
        Path debugfile = dir.resolve("ha-debug");
        LogbackSetup.apply(new LogSettings(Optional.empty(), Optional.of(debugfile), Optional.empty(), 0, false),
                "ast1", Optional.empty());

        log.debug("mechanics");
        log.warn("late heartbeat from ast2: 1200 ms");

        assertThat(Files.readString(debugfile)).doesNotContain("mechanics").contains("WARN: Membership: late heartbeat");
    }

    @Test
    void stderrLinesCarryJournaldPriorities() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LogbackSetup.apply(LogSettings.defaults(), "ast1", Optional.empty());
            log.warn("late heartbeat from ast2: 1200 ms");
            log.info("node joined");
            log.error("stop failed", new IllegalStateException("agent hung"));
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("<4>Membership: late heartbeat from ast2: 1200 ms\n<6>Membership: node joined\n<3>Membership: stop failed\n<3>java.lang.IllegalStateException: agent hung");
        assertThat(text.lines()).allMatch(line -> line.matches("<[346]>.*"));
    }

    @Test
    void useLogdMeansSyslogFacilityDaemon() {
        assertThat(LogbackSetup.syslogFacility(new LogSettings(Optional.empty(), Optional.empty(), Optional.empty(), 0, true)))
                .contains("daemon");
        assertThat(LogbackSetup.syslogFacility(new LogSettings(Optional.empty(), Optional.empty(), Optional.of("local0"), 0, true)))
                .contains("local0");
        assertThat(LogbackSetup.syslogFacility(LogSettings.defaults())).isEmpty();
    }
}
