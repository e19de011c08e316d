package io.hactl.executor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Agent directories in a temporary folder, filled with small shell scripts written by the test. */
final class TestAgents {
    /** The source tree's agents, usable as an OCF_ROOT: {@code resource-agents/ocf/resource.d/hactl/…}. */
    static final Path SOURCE_TREE = Path.of("..", "resource-agents").toAbsolutePath().normalize();

    private final Path root;
    final AgentDirectories directories;

    TestAgents(Path root) {
        this.root = root;
        this.directories = new AgentDirectories(root.resolve("ocf"), root.resolve("init.d"), root.resolve("resource.d"));
    }

    static AgentDirectories sourceTree() {
        return AgentDirectories.standard().withOcfRoot(SOURCE_TREE.resolve("ocf"));
    }

    static Path sourceTreeFile(String relative) {
        return SOURCE_TREE.resolve(relative);
    }

    Path ocf(String provider, String type, String body) {
        return script(directories.providerDir(provider).resolve(type), body);
    }

    Path lsb(String name, String body) {
        return script(directories.initDir().resolve(name), body);
    }

    Path heartbeat(String name, String body) {
        return script(directories.heartbeatDir().resolve(name), body);
    }

    Path file(String name) {
        return root.resolve(name);
    }

    static Path script(Path path, String body) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, "#!/bin/sh\n" + body + "\n");
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
