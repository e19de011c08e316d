package io.hactl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code hactl ARGS…} in this JVM, as the launcher would, capturing what it prints and its exit status. */
record InProcessHactl(int exit, String out, String err) {

    static InProcessHactl run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Hactl.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new InProcessHactl(exit, out.toString(), err.toString());
    }
}
