package io.hactl.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EtcAccountsTest {
    @TempDir
    Path dir;

    @Test
    void readsUsersGroupsAndAProcessesSupplementaryGroups() throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"),
                "root:x:0:0:root:/root:/bin/bash\n# comment\nalice:x:1000:1000::/home/alice:/bin/sh\n");
        Path group = Files.writeString(dir.resolve("group"), "root:x:0:\nhaclient:x:105:alice\n");
        Path proc = Files.createDirectories(dir.resolve("proc/4242"));
        Files.writeString(proc.resolve("status"), "Name:\tbash\nUid:\t1000\t1000\t1000\t1000\nGroups:\t105 27 \n");
        EtcAccounts accounts = new EtcAccounts(passwd, group, dir.resolve("proc"));

        assertThat(accounts.uidOf("alice")).isEqualTo(OptionalInt.of(1000));
        assertThat(accounts.uidOf("mallory")).isEmpty();
        assertThat(accounts.gidOf("haclient")).isEqualTo(OptionalInt.of(105));
        assertThat(accounts.userName(1000)).isEqualTo("alice");
        assertThat(accounts.userName(4711)).isEqualTo("4711");
        assertThat(accounts.groupsOf(new Caller(1000, 1000, 4242))).containsExactlyInAnyOrder(1000, 105, 27);
        assertThat(accounts.groupsOf(new Caller(1000, 1000, 999999))).as("a process gone: its primary group only")
                .containsExactly(1000);
    }

    @Test
    void readsThisHostsFiles() {
        assertThat(EtcAccounts.system().uidOf("root")).isEqualTo(OptionalInt.of(0));
        assertThat(EtcAccounts.system().userName(0)).isEqualTo("root");
    }
}
