package io.hactl.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.config.LogSettings;
import io.hactl.logging.LogbackSetup;
import io.hactl.testing.TestTiming;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** ha.cf's logfacility: lines reach a real Unix datagram socket, as /dev/log is, with syslog priorities. */
class UnixSyslogSinkTest {
    private final TestTiming timing = TestTiming.fromSystemProperties();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        LogbackSetup.applyDefaults();
    }

    @Test
    void sendsBsdSyslogLinesWithTheConfiguredFacility() throws Exception {
        Path devLog = dir.resolve("dev-log");
        try (DatagramRecorder syslog = new DatagramRecorder(devLog.toString())) {
            LogbackSetup.apply(new LogSettings(Optional.empty(), Optional.empty(), Optional.of("local0"), 0, false),
                    "ast1", Optional.of(UnixSyslogSink.open(devLog)));

            LoggerFactory.getLogger("io.hactl.controller.Transition").atWarn().addKeyValue("resource", "failover-ip")
                    .log("monitor failed");
            LoggerFactory.getLogger("io.hactl.controller.Transition").info("group started");

            await().atMost(timing.seconds(5)).until(() -> syslog.received().size() == 2);
            assertThat(syslog.received().get(0)).matches("<132>\\w{3} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} hactld\\[\\d+\\]: "
                    + "Transition: monitor failed resource=failover-ip");
            assertThat(syslog.received().get(1)).startsWith("<134>").endsWith("Transition: group started");
        }
    }

    @Test
    void refusesToOpenAMissingSocketWithTheReason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UnixSyslogSink.open(dir.resolve("none")))
                .hasMessageContaining("does not exist (no syslog daemon or journald is listening)");
    }
}
