package io.hactl.membership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayGuardTest {

    @Test
    void eachSequenceIsAcceptedOncePerGeneration() {
        ReplayGuard guard = new ReplayGuard();
        assertThat(guard.accept("ast1", 5, 1)).isTrue();
        assertThat(guard.accept("ast1", 5, 1)).isFalse();
        assertThat(guard.accept("ast2", 5, 1)).as("another node has its own window").isTrue();
    }

    @Test
    void reorderedDatagramsWithinTheWindowAreAccepted() {
        ReplayGuard guard = new ReplayGuard();
        assertThat(guard.accept("ast1", 5, 10)).isTrue();
        assertThat(guard.accept("ast1", 5, 12)).isTrue();
        assertThat(guard.accept("ast1", 5, 11)).isTrue();
        assertThat(guard.accept("ast1", 5, 11)).isFalse();
        assertThat(guard.accept("ast1", 5, 9)).as("older than the first seen, but inside the window").isTrue();
    }

    @Test
    void anythingOlderThanTheWindowIsRefused() {
        ReplayGuard guard = new ReplayGuard();
        guard.accept("ast1", 5, 1);
        assertThat(guard.accept("ast1", 5, 1 + ReplayGuard.WINDOW + 5)).isTrue();
        assertThat(guard.accept("ast1", 5, 3)).isFalse();
    }

    @Test
    void windowSlotsReusedAfterAJumpAreFresh() {
        ReplayGuard guard = new ReplayGuard();
        guard.accept("ast1", 5, 100);
        guard.accept("ast1", 5, 100 + ReplayGuard.WINDOW - 1);
        // 100 + WINDOW shares a slot with 100: it must be accepted once, then refused.
        assertThat(guard.accept("ast1", 5, 100 + ReplayGuard.WINDOW)).isTrue();
        assertThat(guard.accept("ast1", 5, 100 + ReplayGuard.WINDOW)).isFalse();
    }

    @Test
    void newerGenerationResetsOlderIsReplay() {
        ReplayGuard guard = new ReplayGuard();
        guard.accept("ast1", 5, 500);
        assertThat(guard.accept("ast1", 6, 1)).as("the node restarted").isTrue();
        assertThat(guard.accept("ast1", 5, 501)).as("a datagram of the previous run").isFalse();
    }
}
