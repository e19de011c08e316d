package io.hactl.cli;

import io.hactl.control.Access;
import io.hactl.control.AccessPolicy;
import io.hactl.control.Caller;
import io.hactl.control.ControlCommand;
import io.hactl.control.ControlCommands;
import io.hactl.control.ControlServer;
import io.hactl.control.LocalAccounts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * hactld's real control socket server with stand-in commands under the protocol's names: each records the
 * arguments it was sent and answers what the test told it to, so a test sees exactly what {@code hactl} asks.
 */
final class RecordingDaemon implements AutoCloseable {
    record Request(String command, Map<String, Object> arguments) {
    }

    /** The commands of the live CLI, as the daemon will name them. */
    static final List<String> COMMANDS = List.of("status", "node-standby", "node-online", "resource-move",
            "resource-unmove", "resource-restart", "resource-cleanup", "resource-stop", "resource-start",
            "failcount", "config-show", "config-commit", "property-get", "property-set", "property-delete",
            "maintenance", "hb-standby", "hb-takeover");

    /** Every caller is in group haclient, so the server allows any test user, root or not. */
    private static final LocalAccounts HACLIENT_MEMBERS = new LocalAccounts() {
        @Override
        public OptionalInt uidOf(String user) {
            return OptionalInt.empty();
        }

        @Override
        public OptionalInt gidOf(String group) {
            return group.equals(AccessPolicy.HACLIENT) ? OptionalInt.of(4242) : OptionalInt.empty();
        }

        @Override
        public String userName(int uid) {
            return String.valueOf(uid);
        }

        @Override
        public Set<Integer> groupsOf(Caller caller) {
            return Set.of(4242);
        }
    };

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Map<String, Object>, Map<String, Object>>> answers;
    private final ControlServer server;

    private RecordingDaemon(Path socket, List<String> names,
            Map<String, Function<Map<String, Object>, Map<String, Object>>> answers) throws IOException {
        this.answers = answers;
        List<ControlCommand> commands = new ArrayList<>();
        for (String name : names) {
            commands.add(new Recording(name));
        }
        server = ControlServer.listen(socket, new ControlCommands(new AccessPolicy(List.of(), HACLIENT_MEMBERS),
                commands));
    }

    /**
     * @param answers per command, the result to send for the arguments received (default: a message naming the
     *                command); throwing IllegalArgumentException makes a bad-request reply
     */
    static RecordingDaemon listen(Path socket, List<String> names,
            Map<String, Function<Map<String, Object>, Map<String, Object>>> answers) throws IOException {
        return new RecordingDaemon(socket, names, answers);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private final class Recording implements ControlCommand {
        private final String name;

        Recording(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Access access() {
            return name.equals("status") || name.endsWith("-show") || name.endsWith("-get")
                    ? Access.READ_ONLY : Access.ADMIN;
        }

        @Override
        public Map<String, Object> run(Map<String, Object> arguments) {
            requests.add(new Request(name, new LinkedHashMap<>(arguments)));
            var answer = answers.get(name);
            return answer == null ? Map.of("message", name + " done") : answer.apply(arguments);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
