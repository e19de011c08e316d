package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The commands that ask the running cluster, against hactld's real control socket server with stand-in commands:
 * what each invocation sends, what it prints, and the exit status of every kind of refusal.
 */
class LiveCommandsTest {
    @TempDir
    Path dir;

    private RecordingDaemon daemon;

    @AfterEach
    void stopDaemon() {
        if (daemon != null) {
            daemon.close();
        }
    }

    private Path socket() {
        return dir.resolve("run").resolve("hactld.sock");
    }

    private RecordingDaemon start(Map<String, Function<Map<String, Object>, Map<String, Object>>> answers)
            throws IOException {
        daemon = RecordingDaemon.listen(socket(), RecordingDaemon.COMMANDS, answers);
        return daemon;
    }

    private InProcessHactl hactl(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--socket", socket().toString()));
        return InProcessHactl.run(all.toArray(String[]::new));
    }

    static Stream<Arguments> invocations() {
        return Stream.of(
                Arguments.of("status", "status", Map.of()),
                Arguments.of("node standby ast1", "node-standby", Map.of("node", "ast1")),
                Arguments.of("node standby", "node-standby", Map.of()),
                Arguments.of("node online ast2", "node-online", Map.of("node", "ast2")),
                Arguments.of("standby", "node-standby", Map.of()),
                Arguments.of("standby ast2", "node-standby", Map.of("node", "ast2")),
                Arguments.of("online ast2", "node-online", Map.of("node", "ast2")),
                Arguments.of("resource move failover-ip ast2 --lifetime PT10M", "resource-move",
                        Map.of("resource", "failover-ip", "node", "ast2", "lifetime", "PT10M")),
                Arguments.of("resource move asterisk-group --lifetime 10m", "resource-move",
                        Map.of("resource", "asterisk-group", "lifetime", "10m")),
                Arguments.of("resource move failover-ip", "resource-move", Map.of("resource", "failover-ip")),
                Arguments.of("resource unmove failover-ip", "resource-unmove", Map.of("resource", "failover-ip")),
                Arguments.of("resource restart failover-asterisk", "resource-restart",
                        Map.of("resource", "failover-asterisk")),
                Arguments.of("resource cleanup", "resource-cleanup", Map.of()),
                Arguments.of("resource cleanup failover-asterisk --node ast1", "resource-cleanup",
                        Map.of("resource", "failover-asterisk", "node", "ast1")),
                Arguments.of("resource stop failover-ip", "resource-stop", Map.of("resource", "failover-ip")),
                Arguments.of("resource start failover-ip", "resource-start", Map.of("resource", "failover-ip")),
                Arguments.of("resource failcount failover-asterisk delete ast1", "failcount",
                        Map.of("resource", "failover-asterisk", "action", "delete", "node", "ast1")),
                Arguments.of("resource failcount failover-asterisk show", "failcount",
                        Map.of("resource", "failover-asterisk", "action", "show")),
                Arguments.of("resource failcount failover-asterisk show ast2", "failcount",
                        Map.of("resource", "failover-asterisk", "action", "show", "node", "ast2")),
                Arguments.of("resource failcount failover-asterisk set ast2 3", "failcount",
                        Map.of("resource", "failover-asterisk", "action", "set", "node", "ast2", "value", 3L)),
                Arguments.of("config show", "config-show", Map.of()),
                Arguments.of("property get no-quorum-policy", "property-get", Map.of("name", "no-quorum-policy")),
                Arguments.of("property set no-quorum-policy ignore", "property-set",
                        Map.of("name", "no-quorum-policy", "value", "ignore")),
                Arguments.of("property delete no-quorum-policy", "property-delete",
                        Map.of("name", "no-quorum-policy")),
                Arguments.of("maintenance on", "maintenance", Map.of("on", true)),
                Arguments.of("maintenance off", "maintenance", Map.of("on", false)),
                Arguments.of("hb_standby", "hb-standby", Map.of("which", "all")),
                Arguments.of("hb_standby foreign", "hb-standby", Map.of("which", "foreign")),
                Arguments.of("hb_takeover", "hb-takeover", Map.of("which", "all")),
                Arguments.of("hb_takeover local", "hb-takeover", Map.of("which", "local")));
    }

    /** Answers every command needs to be printed; the rest answer with a message only. */
    private static Map<String, Function<Map<String, Object>, Map<String, Object>>> fullAnswers() {
        return Map.of(
                "status", a -> {
                    Map<String, Object> document = new LinkedHashMap<>();
                    document.put("version", 1L);
                    document.put("dc", "ast1");
                    return Map.of("message", "status", "text", "Cluster Summary:\n  * Stack: hactl\n",
                            "document", document);
                },
                "failcount", a -> Map.of("message", "fail counts of " + a.get("resource"),
                        "failcounts", new LinkedHashMap<>(Map.of("ast1", 2L))),
                "property-get", a -> Map.of("message", "no-quorum-policy=stop", "name", "no-quorum-policy",
                        "value", "stop"),
                "config-show", a -> Map.of("message", "the CIB", "xml", "<cib/>"));
    }

    @ParameterizedTest(name = "hactl {0}")
    @MethodSource("invocations")
    void sendsTheProtocolsCommandAndArguments(String commandLine, String command, Map<String, Object> arguments)
            throws IOException {
        start(fullAnswers());
        InProcessHactl run = hactl(commandLine.split(" "));
        assertThat(run.exit()).as("hactl %s: %s", commandLine, run.err()).isZero();
        assertThat(daemon.requests()).containsExactly(new RecordingDaemon.Request(command, arguments));
    }

    @Test
    void printsTheDaemonsMessageOrWithJsonItsWholeAnswer() throws IOException {
        start(Map.of("node-standby", a -> {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("message", a.get("node") + " is now in standby; its resources move away");
            result.put("node", a.get("node"));
            return result;
        }));
        assertThat(hactl("node", "standby", "ast1"))
                .isEqualTo(new InProcessHactl(0, "ast1 is now in standby; its resources move away\n", ""));
        assertThat(hactl("standby", "ast1", "--json")).isEqualTo(new InProcessHactl(0,
                "{\"message\":\"ast1 is now in standby; its resources move away\",\"node\":\"ast1\"}\n", ""));
    }

    @Test
    void statusPrintsTheScreenOrTheDocument() throws IOException {
        start(fullAnswers());
        assertThat(hactl("status")).isEqualTo(new InProcessHactl(0, "Cluster Summary:\n  * Stack: hactl\n", ""));
        assertThat(hactl("status", "--json"))
                .isEqualTo(new InProcessHactl(0, "{\"version\":1,\"dc\":\"ast1\"}\n", ""));
    }

    @Test
    void queriesPrintWhatTheyAskedFor() throws IOException {
        start(fullAnswers());
        assertThat(hactl("resource", "failcount", "failover-asterisk", "show"))
                .isEqualTo(new InProcessHactl(0, "fail counts of failover-asterisk\n  ast1: 2\n", ""));
        assertThat(hactl("property", "get", "no-quorum-policy")).isEqualTo(new InProcessHactl(0, "stop\n", ""));
        assertThat(hactl("config", "show")).isEqualTo(new InProcessHactl(0, "<cib/>\n", ""));
    }

    @Test
    void anUnsetPropertyExits105() throws IOException {
        Map<String, Object> unset = new LinkedHashMap<>();
        unset.put("message", "stonith-enabled is not set (default: true)");
        unset.put("name", "stonith-enabled");
        unset.put("value", null);
        start(Map.of("property-get", a -> unset));
        assertThat(hactl("property", "get", "stonith-enabled"))
                .isEqualTo(new InProcessHactl(105, "", "hactl: stonith-enabled is not set (default: true)\n"));
        assertThat(hactl("property", "get", "stonith-enabled", "--json")).isEqualTo(new InProcessHactl(105,
                "{\"message\":\"stonith-enabled is not set (default: true)\",\"name\":\"stonith-enabled\","
                        + "\"value\":null}\n", ""));
    }

    @Test
    void configCommitSendsTheFileAndNothingWhenItCannotBeRead() throws IOException {
        start(Map.of());
        Path cib = Files.writeString(dir.resolve("cib.xml"), "<cib epoch=\"7\"/>\n");
        assertThat(hactl("config", "commit", cib.toString()))
                .isEqualTo(new InProcessHactl(0, "config-commit done\n", ""));
        assertThat(daemon.requests()).containsExactly(new RecordingDaemon.Request("config-commit",
                Map.of("xml", "<cib epoch=\"7\"/>\n", "file", cib.toString())));

        Path missing = dir.resolve("missing.xml");
        assertThat(hactl("config", "commit", missing.toString()))
                .isEqualTo(new InProcessHactl(1, "", "hactl: cannot read " + missing + ": no such file\n"));
        assertThat(daemon.requests()).as("nothing sent for an unreadable file").hasSize(1);
    }

    @Test
    void aRequestTheClusterRefusesExitsOne() throws IOException {
        start(Map.of("resource-move", a -> {
            throw new IllegalArgumentException("no resource " + a.get("resource") + " in the CIB");
        }, "resource-stop", a -> {
            throw new IllegalStateException("the CIB could not be written");
        }));
        assertThat(hactl("resource", "move", "nosuch"))
                .isEqualTo(new InProcessHactl(1, "", "hactl: no resource nosuch in the CIB\n"));
        InProcessHactl failed = hactl("resource", "stop", "failover-ip");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).startsWith("hactl: resource-stop failed in hactld: ")
                .contains("the CIB could not be written");
    }

    @Test
    void aDaemonWithoutTheCommandIsTooOld() throws IOException {
        daemon = RecordingDaemon.listen(socket(), List.of("status"), Map.of());
        assertThat(hactl("hb_takeover")).isEqualTo(new InProcessHactl(69, "", "hactl: hactld at " + socket()
                + " does not know \"hb-takeover\": it is older than this hactl (" + HactlVersion.current()
                + "); upgrade hactld, or use the hactl of its release\n"));
    }

    @Test
    void aDeniedCallerIsToldWhatToDo() throws Exception {
        Files.createDirectories(socket().getParent());
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket()));
            Thread answer = new Thread(() -> answerOnce(server, "{\"v\":1,\"ok\":false,\"error\":\"denied\","
                    + "\"message\":\"permission denied: user alice (uid 1000) may not use hactld's control socket\"}"));
            answer.start();
            assertThat(hactl("resource", "cleanup")).isEqualTo(new InProcessHactl(77, "",
                    "hactl: permission denied: user alice (uid 1000) may not use hactld's control socket; run hactl"
                            + " as root or as a member of group haclient (or as a user that ha.cf's apiauth hactl"
                            + " line allows)\n"));
            answer.join();
        }
    }

    private static void answerOnce(ServerSocketChannel server, String reply) {
        try (SocketChannel client = server.accept()) {
            ByteBuffer in = ByteBuffer.allocate(4096);
            while (client.read(in) > 0 && in.get(in.position() - 1) != '\n') {
                // read the whole request line before answering
            }
            client.write(ByteBuffer.wrap((reply + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noDaemonExits102WithOneLine() throws IOException {
        assertThat(hactl("standby")).isEqualTo(new InProcessHactl(102, "", "hactl: hactld is not running (no control"
                + " socket at " + socket() + "); start it with: systemctl start hactld\n"));
        assertThat(InProcessHactl.run("resource", "cleanup").err()).as("the default socket")
                .isEqualTo("hactl: hactld is not running (no control socket at /run/hactl/hactld.sock); start it"
                        + " with: systemctl start hactld\n");

        // A socket file left behind by a killed hactld: it exists, but nobody listens.
        Files.createDirectories(socket().getParent());
        ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(socket())).close();
        assertThat(hactl("status")).isEqualTo(new InProcessHactl(102, "", "hactl: hactld is not running (nothing"
                + " listens on " + socket() + "); start it with: systemctl start hactld\n"));
    }

    @Test
    void usageErrorsExitTwoAndSendNothing() throws IOException {
        start(Map.of());
        for (String commandLine : List.of("resource move", "resource failcount failover-asterisk set ast1",
                "resource failcount failover-asterisk delete", "resource failcount failover-asterisk show ast1 3",
                "resource failcount failover-asterisk reset ast1", "resource failcount failover-asterisk set ast1 -1",
                "maintenance", "maintenance maybe", "hb_standby both", "node standby ast1 ast2",
                "property set no-quorum-policy", "config commit", "status --interval 2",
                "status --watch --interval 0")) {
            InProcessHactl run = hactl(commandLine.split(" "));
            assertThat(run.exit()).as("hactl %s: %s", commandLine, run.err()).isEqualTo(2);
            assertThat(run.out()).as("hactl %s", commandLine).isEmpty();
        }
        assertThat(daemon.requests()).isEmpty();
        assertThat(hactl("resource", "failcount", "failover-asterisk", "set", "ast1").err())
                .startsWith("failcount set needs VALUE");
    }
}
