package io.hactl.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Users and groups from {@code /etc/passwd} and {@code /etc/group}, and a process's supplementary groups from
 * {@code /proc/PID/status}. Read at every check, so {@code usermod -aG haclient alice} takes effect without a
 * restart. Accounts only in LDAP/NSS are not seen: name them by number in apiauth.
 *
 * <p>Heartbeat checked only the peer's primary gid; we also honour supplementary groups, because that is how
 * admins add a user to haclient. The process is connected to us while we read its status, so its pid is live.
 */
public final class EtcAccounts implements LocalAccounts {
    private final Path passwd;
    private final Path group;
    private final Path proc;

    public EtcAccounts(Path passwd, Path group, Path proc) {
        this.passwd = passwd;
        this.group = group;
        this.proc = proc;
    }

    public static EtcAccounts system() {
        return new EtcAccounts(Path.of("/etc/passwd"), Path.of("/etc/group"), Path.of("/proc"));
    }

    @Override
    public OptionalInt uidOf(String user) {
        return idOf(passwd, user);
    }

    @Override
    public OptionalInt gidOf(String name) {
        return idOf(group, name);
    }

    @Override
    public String userName(int uid) {
        return entries(passwd).stream().filter(f -> f.length > 2 && f[2].equals(Integer.toString(uid)))
                .map(f -> f[0]).findFirst().orElse(Integer.toString(uid));
    }

    @Override
    public Set<Integer> groupsOf(Caller caller) {
        Set<Integer> groups = new HashSet<>();
        groups.add(caller.gid());
        statusLine(caller.pid(), "Groups:").ifPresent(line -> {
            for (String id : line.trim().split("\\s+")) {
                if (!id.isEmpty()) {
                    groups.add(Integer.parseInt(id));
                }
            }
        });
        return groups;
    }

    private Optional<String> statusLine(int pid, String prefix) {
        try {
            return Files.readAllLines(proc.resolve(Integer.toString(pid)).resolve("status")).stream()
                    .filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static OptionalInt idOf(Path file, String name) {
        return entries(file).stream().filter(f -> f.length > 2 && f[0].equals(name))
                .mapToInt(f -> Integer.parseInt(f[2])).findFirst();
    }

    private static List<String[]> entries(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split(":", -1)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
