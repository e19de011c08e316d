package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcfRcTest {

    @Test
    void ocfExitCodesKeepTheirMeaningAndUnknownOnesAreGenericErrors() {
        assertThat(OcfRc.fromOcfExit(0)).isEqualTo(OcfRc.OK);
        assertThat(OcfRc.fromOcfExit(7)).isEqualTo(OcfRc.NOT_RUNNING);
        assertThat(OcfRc.fromOcfExit(9)).isEqualTo(OcfRc.FAILED_PROMOTED);
        assertThat(OcfRc.fromOcfExit(190)).isEqualTo(OcfRc.DEGRADED);
        assertThat(OcfRc.fromOcfExit(191)).isEqualTo(OcfRc.DEGRADED_PROMOTED);
        assertThat(OcfRc.fromOcfExit(143)).as("killed by TERM (128+15)").isEqualTo(OcfRc.GENERIC_ERROR);
        assertThat(OcfRc.NOT_RUNNING.describe()).isEqualTo("7 (not running)");
    }

    @Test
    void lsbStatusCodesMapAsPacemakerReadsThem() {
        assertThat(OcfRc.fromLsbStatus(0)).isEqualTo(OcfRc.OK);
        assertThat(OcfRc.fromLsbStatus(1)).as("dead, pid file exists").isEqualTo(OcfRc.NOT_RUNNING);
        assertThat(OcfRc.fromLsbStatus(2)).as("dead, lock file exists").isEqualTo(OcfRc.NOT_RUNNING);
        assertThat(OcfRc.fromLsbStatus(3)).isEqualTo(OcfRc.NOT_RUNNING);
        assertThat(OcfRc.fromLsbStatus(4)).as("status unknown").isEqualTo(OcfRc.GENERIC_ERROR);
        assertThat(OcfRc.fromLsbStatus(150)).isEqualTo(OcfRc.NOT_INSTALLED);
        assertThat(OcfRc.fromLsbStatus(151)).isEqualTo(OcfRc.INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void lsbActionCodesAboveSevenAreGenericErrors() {
        assertThat(OcfRc.fromLsbAction(5)).isEqualTo(OcfRc.NOT_INSTALLED);
        assertThat(OcfRc.fromLsbAction(8)).isEqualTo(OcfRc.GENERIC_ERROR);
        assertThat(OcfRc.fromLsbAction(3)).isEqualTo(OcfRc.UNIMPLEMENTED);
    }

    @Test
    void heartbeatStatusIsJudgedFromStdoutNotTheExitCode() {
        assertThat(OcfRc.fromHeartbeatStatus("asterisk is running (pid 42)\n")).isEqualTo(OcfRc.OK);
        assertThat(OcfRc.fromHeartbeatStatus("Running")).isEqualTo(OcfRc.OK);
        assertThat(OcfRc.fromHeartbeatStatus("OK")).isEqualTo(OcfRc.OK);
        assertThat(OcfRc.fromHeartbeatStatus("ok")).as("OK is case-sensitive").isEqualTo(OcfRc.NOT_RUNNING);
        assertThat(OcfRc.fromHeartbeatStatus("IPaddr is stopped")).isEqualTo(OcfRc.NOT_RUNNING);
        assertThat(OcfRc.fromHeartbeatStatus("not running, but OK")).as("stopped words win").isEqualTo(OcfRc.NOT_RUNNING);
        assertThat(OcfRc.fromHeartbeatStatus("")).isEqualTo(OcfRc.NOT_RUNNING);
    }
}
