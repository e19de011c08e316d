package io.hactl.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeartbeatValuesTest {

    @ParameterizedTest(name = "{0} = {1} ms")
    @CsvSource({
        "2, 2000", "30, 30000", "1500ms, 1500", "1500MS, 1500", "0.5, 500", "1.5, 1500", "250msec, 250",
        "2s, 2000", "2sec, 2000", "500000us, 500", "100ms, 100"
    })
    void readsTimesAsHeartbeatDoes(String text, long millis) {
        assertThat(HeartbeatValues.time(text)).contains(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2m", "1h", "ms", "1.2.3", "-1", "two", "1 s", ".", "5 ms"})
    void refusesWhatIsNotATime(String text) {
        assertThat(HeartbeatValues.time(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "on", "yes", "y", "1", "TRUE", "On", "YES", "Y"})
    void readsTrue(String text) {
        assertThat(HeartbeatValues.bool(text)).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "off", "no", "n", "0", "FALSE", "Off", "NO", "N"})
    void readsFalse(String text) {
        assertThat(HeartbeatValues.bool(text)).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "enabled", ""})
    void refusesOtherWords(String text) {
        assertThat(HeartbeatValues.bool(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2000, 2s", "1500, 1500ms", "100, 100ms", "30000, 30s"})
    void printsDurationsAsAdminsWriteThem(long millis, String text) {
        assertThat(HeartbeatValues.format(Duration.ofMillis(millis))).isEqualTo(text);
    }
}
