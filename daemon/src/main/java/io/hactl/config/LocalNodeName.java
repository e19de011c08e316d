package io.hactl.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This machine's node name as Heartbeat takes it: {@code uname -n}, the kernel's hostname. */
public final class LocalNodeName {
    private LocalNodeName() {}

    public static String uname() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null ? "localhost" : fromEnvironment;
        }
    }
}
