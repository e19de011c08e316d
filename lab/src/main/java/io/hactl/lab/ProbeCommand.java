package io.hactl.lab;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a {@link ProbeMain} child JVM. Its class path is where this module's classes were loaded from
 * (lab/target/classes or the hactl-lab jar) rather than {@code java.class.path}, which under Maven's exec:java or
 * failsafe's manifest-only jar is not ours; the module needs nothing but the JDK.
 */
final class ProbeCommand {

    /**
     * Small and quick to start: C1 only, serial GC, 32 MB of heap. A child that eats a core would disturb the very
     * timings it measures on a 2-core machine.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx32m", "-Xss256k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-Xshare:auto");

    private ProbeCommand() {}

    static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(classPath());
        command.add(ProbeMain.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    private static String classPath() {
        try {
            return Path.of(ProbeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new LabException("cannot tell where the lab's classes were loaded from", e);
        }
    }
}
