package io.hactl.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hactl.config.ApiAuth;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The handler registry and the access rules, with a fixed account database instead of /etc. */
class ControlCommandsTest {
    static final int HACLIENT = 105;
    static final int ADM = 4;

    /** root 0; alice 1000 (haclient as a supplementary group); bob 1001 (adm); nobody 65534. */
    static final LocalAccounts ACCOUNTS = new LocalAccounts() {
        final Map<String, Integer> users = Map.of("root", 0, "alice", 1000, "bob", 1001, "nobody", 65534);
        final Map<String, Integer> groups = Map.of("haclient", HACLIENT, "adm", ADM);

        @Override
        public OptionalInt uidOf(String user) {
            return users.containsKey(user) ? OptionalInt.of(users.get(user)) : OptionalInt.empty();
        }

        @Override
        public OptionalInt gidOf(String group) {
            return groups.containsKey(group) ? OptionalInt.of(groups.get(group)) : OptionalInt.empty();
        }

        @Override
        public String userName(int uid) {
            return users.entrySet().stream().filter(e -> e.getValue() == uid).map(Map.Entry::getKey).findFirst()
                    .orElse(Integer.toString(uid));
        }

        @Override
        public Set<Integer> groupsOf(Caller caller) {
            return caller.uid() == 1000 ? Set.of(caller.gid(), HACLIENT) : Set.of(caller.gid());
        }
    };

    static final Caller ROOT = new Caller(0, 0, 1);
    static final Caller ALICE = new Caller(1000, 1000, 2);
    static final Caller BOB = new Caller(1001, ADM, 3);
    static final Caller NOBODY = new Caller(65534, 65534, 4);

    /** Counts its runs, so a test can tell a refused command never ran. */
    static final class Recording implements ControlCommand {
        final String name;
        final Access access;
        int runs;

        Recording(String name, Access access) {
            this.name = name;
            this.access = access;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Access access() {
            return access;
        }

        @Override
        public Map<String, Object> run(Map<String, Object> arguments) {
            runs++;
            if (arguments.containsKey("bad")) {
                throw new IllegalArgumentException("bad is not an argument of " + name);
            }
            if (arguments.containsKey("bug")) {
                throw new IllegalStateException("boom");
            }
            return Map.of("ran", name);
        }
    }

    private static ControlReply run(ControlCommands commands, String name, Caller caller) {
        return commands.dispatch(ControlRequest.of(name), caller);
    }

    @Test
    void dispatchesByNameAndReportsUnknownCommands() {
        Recording nodes = new Recording("nodes", Access.READ_ONLY);
        ControlCommands commands = new ControlCommands(new AccessPolicy(List.of(), ACCOUNTS), List.of(nodes,
                new Recording("standby", Access.ADMIN)));
        assertThat(run(commands, "nodes", ROOT)).isEqualTo(new ControlReply.Done(Map.of("ran", "nodes")));
        assertThat(nodes.runs).isEqualTo(1);
        assertThat(run(commands, "nodez", ROOT)).isInstanceOfSatisfying(ControlReply.Refused.class, r -> {
            assertThat(r.failure()).isEqualTo(ControlReply.Failure.UNKNOWN_COMMAND);
            assertThat(r.message()).contains("\"nodez\"", "nodes, standby");
        });
        assertThat(commands.find("standby")).isPresent();
    }

    @Test
    void badArgumentsAndBugsBecomeReplies() {
        ControlCommands commands = new ControlCommands(new AccessPolicy(List.of(), ACCOUNTS),
                List.of(new Recording("nodes", Access.READ_ONLY)));
        assertThat(commands.dispatch(new ControlRequest("nodes", Map.of("bad", 1L)), ROOT))
                .isEqualTo(new ControlReply.Refused(ControlReply.Failure.BAD_REQUEST, "bad is not an argument of nodes"));
        assertThat(commands.dispatch(new ControlRequest("nodes", Map.of("bug", 1L)), ROOT))
                .isInstanceOfSatisfying(ControlReply.Refused.class,
                        r -> assertThat(r.failure()).isEqualTo(ControlReply.Failure.FAILED));
    }

    @Test
    void refusesTwoCommandsOfOneName() {
        assertThatThrownBy(() -> new ControlCommands(new AccessPolicy(List.of(), ACCOUNTS),
                List.of(new Recording("nodes", Access.READ_ONLY), new Recording("nodes", Access.ADMIN))))
                .hasMessageContaining("two control commands named nodes");
    }

    @Test
    void withoutApiauthRootAndHaclientMayDoEverythingOthersNothing() {
        Recording standby = new Recording("standby", Access.ADMIN);
        ControlCommands commands = new ControlCommands(new AccessPolicy(List.of(), ACCOUNTS), List.of(standby));
        assertThat(run(commands, "standby", ROOT)).isInstanceOf(ControlReply.Done.class);
        assertThat(run(commands, "standby", ALICE)).isInstanceOf(ControlReply.Done.class);
        assertThat(run(commands, "standby", NOBODY)).isEqualTo(new ControlReply.Refused(ControlReply.Failure.DENIED,
                "permission denied: user nobody (uid 65534) may not use hactld's control socket; only root and group"
                        + " haclient may use it (ha.cf has no apiauth hactl)"));
        assertThat(standby.runs).as("a refused command must not run").isEqualTo(2);
    }

    @Test
    void apiauthHactlDecidesAdminCommandsWhileHaclientKeepsReadOnly() {
        AccessPolicy policy = new AccessPolicy(List.of(new ApiAuth("default", List.of("nobody"), List.of(), 3),
                new ApiAuth("hactl", List.of(), List.of("adm"), 9)), ACCOUNTS);
        assertThat(policy.refusal(BOB, Access.ADMIN)).isEmpty();
        assertThat(policy.refusal(ALICE, Access.READ_ONLY)).isEmpty();
        assertThat(policy.refusal(ALICE, Access.ADMIN)).hasValueSatisfying(m -> assertThat(m)
                .contains("user alice (uid 1000)", "ha.cf line 9 (apiauth hactl gid=adm) allow others"));
        assertThat(policy.refusal(NOBODY, Access.READ_ONLY)).as("apiauth hactl wins over apiauth default")
                .hasValueSatisfying(m -> assertThat(m).contains("gid=adm) and group haclient allow others"));
        assertThat(policy.refusal(ROOT, Access.ADMIN)).isEmpty();
    }

    @Test
    void apiauthDefaultAppliesWithoutAHactlEntryAndTakesNumericIds() {
        AccessPolicy policy = new AccessPolicy(List.of(new ApiAuth("default", List.of("1001"), List.of(), 3),
                new ApiAuth("ipfail", List.of("nobody"), List.of(), 4)), ACCOUNTS);
        assertThat(policy.refusal(BOB, Access.ADMIN)).isEmpty();
        assertThat(policy.refusal(NOBODY, Access.ADMIN)).as("another client's entry grants nothing").isPresent();
    }
}
