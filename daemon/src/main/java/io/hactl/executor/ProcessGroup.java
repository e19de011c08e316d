package io.hactl.executor;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The process group an agent leads. Each agent is started under {@code setsid}, so its pid is also its
 * group (and session) id and everything it forks stays in the group unless it deliberately leaves.
 * Signalling {@code -pgid} therefore reaches the agent's children too, which Commons Exec's watchdog
 * (it destroys only the direct child) does not.
 */
public record ProcessGroup(long pgid) {
    private static final Path PROC = Path.of("/proc");

    /** Sends {@code signal} (e.g. TERM, KILL) to every process of the group; a group already gone is fine. */
    public void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, "--", "-" + pgid)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill for process group " + pgid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether any live (non-zombie) process is still in the group, read from /proc. */
    public boolean isAlive() {
        return !members().isEmpty();
    }

    /** Pids of the group's live processes. */
    public List<Long> members() {
        List<Long> members = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path entry : entries) {
                if (isLiveMember(entry)) {
                    members.add(Long.parseLong(entry.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
        return members;
    }

    private boolean isLiveMember(Path procEntry) {
        String stat;
        try {
            stat = Files.readString(procEntry.resolve("stat"));
        } catch (IOException | RuntimeException e) {
            return false; // the process exited while we looked
        }
        // "pid (comm) state ppid pgrp …": comm may contain spaces and parentheses, so parse after the last ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return !"Z".equals(fields[0]) && !"X".equals(fields[0]) && Long.parseLong(fields[2]) == pgid;
    }
}
