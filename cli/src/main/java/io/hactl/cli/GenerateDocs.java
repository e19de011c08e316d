package io.hactl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the manual pages and bash completion the Debian package installs, from the command definitions:
 * {@code java -cp hactl.jar io.hactl.cli.GenerateDocs OUTPUT_DIR}.
 */
public final class GenerateDocs {
    private GenerateDocs() {}

    static Map<String, CommandLine> commands() {
        return Map.of("hactl", Hactl.commandLine(), "hactld", new CommandLine(new HactldMain()));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateDocs OUTPUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.resolve("man8"));
        Files.createDirectories(out.resolve("bash-completion"));
        // A fixed date keeps the package reproducible: the build's source date when Maven gives one.
        LocalDate date = LocalDate.parse(System.getProperty("hactl.docs.date", LocalDate.now().toString()));
        for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
            Files.writeString(out.resolve("man8").resolve(command.getKey() + ".8"),
                    new ManPage(command.getValue(), date).render(), StandardCharsets.UTF_8);
        }
        Files.writeString(out.resolve("bash-completion").resolve("hactl"),
                AutoComplete.bash("hactl", Hactl.commandLine()), StandardCharsets.UTF_8);
    }
}
