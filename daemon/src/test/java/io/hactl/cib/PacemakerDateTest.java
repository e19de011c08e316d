package io.hactl.cib;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PacemakerDateTest {
    private static final Instant END = Instant.parse("2026-11-25T18:00:00Z");

    @Test
    void readsTheFormsPacemakerWrites() {
        assertThat(PacemakerDate.parse("2026-11-25 18:00:00Z")).contains(END);
        assertThat(PacemakerDate.parse("2026-11-25T18:00:00Z")).contains(END);
        assertThat(PacemakerDate.parse("2026-11-25 13:00:00 -05:00")).contains(END);
        assertThat(PacemakerDate.parse("2026-11-25T19:00:00+01:00")).contains(END);
        assertThat(PacemakerDate.parse("2026-11-25T19:00:00+0100")).contains(END);
    }

    @Test
    void refusesWhatIsNotADateWithAZone() {
        assertThat(PacemakerDate.parse("2026-11-25 18:00:00")).isEmpty();
        assertThat(PacemakerDate.parse("2026-13-25 18:00:00Z")).isEmpty();
        assertThat(PacemakerDate.parse("tomorrow")).isEmpty();
    }

    @Test
    void writesLikeCrmResource() {
        assertThat(PacemakerDate.format(END)).isEqualTo("2026-11-25 18:00:00Z");
    }

    @Test
    void dateExpressionsHoldInTheirRange() {
        Instant start = END.minusSeconds(3600);
        DateExpression lt = new DateExpression("l", DateExpression.Operation.LT, java.util.Optional.empty(),
                java.util.Optional.of(END));
        DateExpression gt = new DateExpression("g", DateExpression.Operation.GT, java.util.Optional.of(start),
                java.util.Optional.empty());
        DateExpression range = new DateExpression("r", DateExpression.Operation.IN_RANGE,
                java.util.Optional.of(start), java.util.Optional.of(END));
        assertThat(lt.holdsAt(END.minusSeconds(1))).isTrue();
        assertThat(lt.holdsAt(END)).isFalse();
        assertThat(gt.holdsAt(start)).isFalse();
        assertThat(gt.holdsAt(start.plusSeconds(1))).isTrue();
        assertThat(range.holdsAt(start)).isTrue();
        assertThat(range.holdsAt(END)).isTrue();
        assertThat(range.holdsAt(END.plusSeconds(1))).isFalse();
        assertThat(gt.expires()).isEmpty();
        assertThat(range.expires()).contains(END);
    }
}
