package io.hactl.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MembershipStateTest {

    private final MembershipState state = new MembershipState("ast1", Set.of("ast1", "ast2", "ast3"),
            Duration.ofMillis(300), Duration.ofSeconds(2));
    private final Map<String, Duration> ages = new HashMap<>();

    private Optional<Duration> age(String node) {
        return Optional.ofNullable(ages.get(node));
    }

    private static ClusterView view(long id, String... members) {
        return new ClusterView(id, members[0], List.of(members), false);
    }

    @Test
    void joinedThenDeadWithTheViewItHappenedIn() {
        assertThat(state.onView(view(1, "ast1"), this::age)).isEmpty();
        assertThat(state.onView(view(2, "ast1", "ast2"), this::age))
                .containsExactly(new NodeEvent.Joined("ast2", view(2, "ast1", "ast2")));
        ages.put("ast2", Duration.ofMillis(450));
        assertThat(state.onView(view(3, "ast1"), this::age))
                .containsExactly(new NodeEvent.Dead("ast2", Optional.of(Duration.ofMillis(450)), view(3, "ast1")));
    }

    @Test
    void farewellMakesTheRemovalALeave() {
        state.onView(view(1, "ast1", "ast2"), this::age);
        state.farewell("ast2");
        assertThat(state.onView(view(2, "ast1"), this::age))
                .containsExactly(new NodeEvent.Left("ast2", view(2, "ast1")));
        assertThat(state.statuses(this::age)).filteredOn(s -> s.node().equals("ast2"))
                .extracting(NodeStatus::state).containsExactly(NodeStatus.State.LEFT);
    }

    @Test
    void lateOncePerEpisode() {
        state.onView(view(1, "ast1", "ast2"), this::age);
        ages.put("ast2", Duration.ofMillis(350));
        assertThat(state.onTick(Duration.ofMillis(100), this::age)).hasSize(1).first()
                .isInstanceOf(NodeEvent.Late.class);
        ages.put("ast2", Duration.ofMillis(450));
        assertThat(state.onTick(Duration.ofMillis(200), this::age)).as("same episode").isEmpty();
        ages.put("ast2", Duration.ofMillis(20));
        assertThat(state.onTick(Duration.ofMillis(300), this::age)).isEmpty();
        assertThat(state.isLate("ast2")).isFalse();
        ages.put("ast2", Duration.ofMillis(301));
        assertThat(state.onTick(Duration.ofMillis(400), this::age)).as("a new episode").hasSize(1);
    }

    @Test
    void nodesNeverHeardAreDeadWhenInitdeadEnds() {
        state.onView(view(1, "ast1", "ast2"), this::age);
        assertThat(state.statuses(this::age)).filteredOn(s -> s.node().equals("ast3"))
                .extracting(NodeStatus::state).containsExactly(NodeStatus.State.UNKNOWN);
        assertThat(state.onTick(Duration.ofMillis(1999), this::age)).isEmpty();
        assertThat(state.onTick(Duration.ofSeconds(2), this::age))
                .containsExactly(new NodeEvent.Dead("ast3", Optional.empty(), view(1, "ast1", "ast2")));
        assertThat(state.onTick(Duration.ofSeconds(3), this::age)).as("once").isEmpty();
    }

    @Test
    void statusListsLocalListedAndUnlistedMembers() {
        state.onView(view(1, "ast1", "ast2", "guest"), this::age);
        ages.put("ast2", Duration.ofMillis(40));
        assertThat(state.statuses(this::age)).containsExactly(
                new NodeStatus("ast1", NodeStatus.State.LOCAL, true, Optional.empty()),
                new NodeStatus("ast2", NodeStatus.State.ACTIVE, true, Optional.of(Duration.ofMillis(40))),
                new NodeStatus("ast3", NodeStatus.State.UNKNOWN, true, Optional.empty()),
                new NodeStatus("guest", NodeStatus.State.ACTIVE, false, Optional.empty()));
    }
}
