package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manual pages and bash completion the package installs list every command with its exit statuses. */
class GenerateDocsTest {
    @TempDir
    Path dir;

    @Test
    void writesManPagesAndCompletionForEveryCommand() throws Exception {
        System.setProperty("hactl.docs.date", "2026-11-25");
        try {
            GenerateDocs.main(new String[] {dir.toString()});
        } finally {
            System.clearProperty("hactl.docs.date");
        }
        String hactl = Files.readString(dir.resolve("man8/hactl.8"));
        assertThat(hactl).startsWith(".TH HACTL 8 \"2026-11-25\"");
        for (String command : new String[] {"hactl status", "hactl node standby", "hactl node online",
            "hactl standby", "hactl online", "hactl resource move", "hactl resource unmove", "hactl resource restart",
            "hactl resource cleanup", "hactl resource stop", "hactl resource start", "hactl resource failcount",
            "hactl config show", "hactl config commit", "hactl property get", "hactl property set",
            "hactl property delete", "hactl maintenance", "hactl hb_standby", "hactl hb_takeover"}) {
            assertThat(hactl).as("the manual documents %s", command).contains(".SS " + ManPage.escape(command) + "\n");
        }
        assertThat(hactl).contains("hactld is not running, or nothing answers on the control socket")
                .contains("Heartbeat's hb_standby")
                .contains(ManPage.escape("--socket"));
        assertThat(Files.readString(dir.resolve("man8/hactld.8"))).startsWith(".TH HACTLD 8");
        assertThat(Files.readString(dir.resolve("bash-completion/hactl")))
                .contains("hb_takeover").contains("failcount").contains("maintenance");
    }

    @Test
    void everyCommandHasADescription() {
        Hactl.commandLine().getSubcommands().values().forEach(c -> c.getSubcommands().values().forEach(sub ->
                assertThat(sub.getCommandSpec().usageMessage().description())
                        .as("hactl %s %s", c.getCommandName(), sub.getCommandName()).isNotEmpty()));
    }
}
