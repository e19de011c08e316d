package io.hactl.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.xml.CibFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The executable steps behind a transition: stops before starts, group order kept, dependencies explicit. */
class TransitionStepsTest {
    private static Transition schedule(String scheduleCase) throws Exception {
        Path cib = Path.of(TransitionStepsTest.class.getResource("/scheduler/" + scheduleCase + "/cib.xml").toURI());
        CibSnapshot snapshot = new CibFiles().load(cib).get();
        return new Scheduler().schedule(snapshot, Instant.ofEpochSecond(RandomCib.NOW));
    }

    private static String describe(Step step) {
        return step.operation() + " " + step.resource() + "@" + step.node() + " after " + step.after();
    }

    @Test
    void aGroupMovesByStoppingInReverseThenStartingInOrder() throws Exception {
        Transition transition = schedule("seed-threshold-2-asterisk-stopped-twice-group-moves");
        assertThat(transition.steps()).extracting(TransitionStepsTest::describe).containsExactly(
                "STOP failover-asterisk@ast1 after []",
                "STOP failover-ip@ast1 after [0]",
                "START failover-ip@ast2 after [1]",
                "START failover-asterisk@ast2 after [0, 2]");
    }

    @Test
    void aRecoveredMemberRestartsTheMembersAfterIt() throws Exception {
        Transition transition = schedule("group-member-recovered-in-place-restarts-later-members");
        assertThat(transition.steps()).extracting(TransitionStepsTest::describe).containsExactly(
                "STOP g-mon@n1 after []",
                "STOP g-app@n1 after [0]",
                "START g-app@n1 after [1]",
                "START g-mon@n1 after [0, 2]");
    }

    @Test
    void everyDependencyPointsBackwards() throws Exception {
        for (long seed = 1; seed <= 200; seed++) {
            CibSnapshot cib = new io.hactl.cib.xml.CibReader(Path.of("random.xml"))
                    .read(new io.hactl.cib.xml.XmlFiles().read(RandomCib.generate(seed))).get();
            List<Step> steps = new Scheduler().schedule(cib, Instant.ofEpochSecond(RandomCib.NOW)).steps();
            for (int i = 0; i < steps.size(); i++) {
                int index = i;
                assertThat(steps.get(i).after()).as("seed %d step %d", seed, i).allMatch(d -> d < index);
            }
        }
    }

    @Test
    void theSameInputAlwaysGivesTheSameTransition() throws Exception {
        CibSnapshot cib = new io.hactl.cib.xml.CibReader(Path.of("random.xml"))
                .read(new io.hactl.cib.xml.XmlFiles().read(RandomCib.generate(42))).get();
        Instant now = Instant.ofEpochSecond(RandomCib.NOW);
        assertThat(new Scheduler().schedule(cib, now)).isEqualTo(new Scheduler().schedule(cib, now));
    }
}
