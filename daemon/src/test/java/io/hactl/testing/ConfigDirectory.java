package io.hactl.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A throwaway {@code /etc/ha.d} for tests: a valid two-node cluster (ast1, ast2) whose files a test can then
 * overwrite one by one. authkeys gets mode 0600, as the admin's would.
 */
public final class ConfigDirectory {
    private final Path root;

    private ConfigDirectory(Path root) {
        this.root = root;
    }

    public static ConfigDirectory twoNodeCluster(Path parent) {
        ConfigDirectory directory = new ConfigDirectory(parent);
        directory.write("ha.cf", List.of(
                "keepalive 1",
                "deadtime 10",
                "warntime 5",
                "initdead 20",
                "udpport 694",
                "bcast lo",
                "auto_failback on",
                "node ast1",
                "node ast2",
                "crm no"));
        directory.write("authkeys", List.of("auth 1", "1 sha1 SharedSecret"));
        directory.write("haresources", List.of("ast1 IPaddr2::192.168.7.10/24 Dummy"));
        return directory;
    }

    public Path path() {
        return root;
    }

    public Path file(String name) {
        return root.resolve(name);
    }

    public ConfigDirectory write(String name, List<String> lines) {
        try {
            Path file = root.resolve(name);
            Files.write(file, lines);
            if (name.equals("authkeys")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ConfigDirectory write(String name, String... lines) {
        return write(name, List.of(lines));
    }

    public ConfigDirectory copy(String name, Path from) {
        try {
            return write(name, Files.readAllLines(from));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ConfigDirectory delete(String name) {
        try {
            Files.deleteIfExists(root.resolve(name));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
