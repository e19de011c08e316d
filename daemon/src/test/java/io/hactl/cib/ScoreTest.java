package io.hactl.cib;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScoreTest {
    private static final int INF = Score.INFINITY;

    @Test
    void sumsSaturateAtInfinityAndBansWin() {
        assertThat(Score.add(600_000, 600_000)).isEqualTo(INF);
        assertThat(Score.add(-600_000, -600_000)).isEqualTo(-INF);
        assertThat(Score.add(INF, -INF)).as("a ban cannot be outvoted").isEqualTo(-INF);
        assertThat(Score.add(INF, -5)).isEqualTo(INF);
        assertThat(Score.add(100, -90)).isEqualTo(10);
    }

    @Test
    void parsesScoresAsPacemakerWritesThem() {
        assertThat(Score.parse("INFINITY")).hasValue(INF);
        assertThat(Score.parse("+INFINITY")).hasValue(INF);
        assertThat(Score.parse("-INFINITY")).hasValue(-INF);
        assertThat(Score.parse("+20")).hasValue(20);
        assertThat(Score.parse("5000000")).hasValue(INF);
        assertThat(Score.parse("lots")).isEmpty();
        assertThat(Score.format(-INF)).isEqualTo("-INFINITY");
    }

    @Test
    void readsTimesAsPacemakerDoes() {
        assertThat(PacemakerDuration.parse("10")).contains(Duration.ofSeconds(10));
        assertThat(PacemakerDuration.parse("20s")).contains(Duration.ofSeconds(20));
        assertThat(PacemakerDuration.parse("1500ms")).contains(Duration.ofMillis(1500));
        assertThat(PacemakerDuration.parse("2min")).contains(Duration.ofMinutes(2));
        assertThat(PacemakerDuration.parse("1h")).contains(Duration.ofHours(1));
        assertThat(PacemakerDuration.parse("PT30S")).contains(Duration.ofSeconds(30));
        assertThat(PacemakerDuration.parse("soon")).isEmpty();
    }
}
