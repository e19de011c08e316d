package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OcfDurationTest {

    @Test
    void readsTimesAsPacemakerDoes() {
        assertThat(OcfDuration.parse("20")).contains(Duration.ofSeconds(20));
        assertThat(OcfDuration.parse("20s")).contains(Duration.ofSeconds(20));
        assertThat(OcfDuration.parse("100ms")).contains(Duration.ofMillis(100));
        assertThat(OcfDuration.parse("2min")).contains(Duration.ofMinutes(2));
        assertThat(OcfDuration.parse("2m")).contains(Duration.ofMinutes(2));
        assertThat(OcfDuration.parse("1h")).contains(Duration.ofHours(1));
        assertThat(OcfDuration.parse("soon")).isEmpty();
        assertThat(OcfDuration.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(OcfDuration.format(Duration.ofSeconds(20))).isEqualTo("20s");
    }
}
