package io.hactl.cib;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PacemakerDurationTest {

    @Test
    void readsTimesAsPacemakerDoes() {
        assertThat(PacemakerDuration.parse("20")).contains(Duration.ofSeconds(20));
        assertThat(PacemakerDuration.parse("20s")).contains(Duration.ofSeconds(20));
        assertThat(PacemakerDuration.parse("100ms")).contains(Duration.ofMillis(100));
        assertThat(PacemakerDuration.parse("2min")).contains(Duration.ofMinutes(2));
        assertThat(PacemakerDuration.parse("2m")).contains(Duration.ofMinutes(2));
        assertThat(PacemakerDuration.parse("1h")).contains(Duration.ofHours(1));
        assertThat(PacemakerDuration.parse("PT10S")).contains(Duration.ofSeconds(10));
        assertThat(PacemakerDuration.parse("soon")).isEmpty();
        assertThat(PacemakerDuration.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(PacemakerDuration.format(Duration.ofSeconds(20))).isEqualTo("20s");
    }
}
