package io.hactl.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A section-8 manual page in troff, written from the picocli definitions of a command and all its
 * subcommands, so the manual can never disagree with {@code --help}.
 */
final class ManPage {
    private final CommandLine command;
    private final LocalDate date;

    ManPage(CommandLine command, LocalDate date) {
        this.command = command;
        this.date = date;
    }

    String render() {
        CommandSpec spec = command.getCommandSpec();
        StringBuilder page = new StringBuilder();
        page.append(".TH ").append(spec.name().toUpperCase(Locale.ROOT)).append(" 8 \"").append(date)
                .append("\" \"hactl ").append(HactlVersion.current()).append("\" \"System Administration\"\n");
        page.append(".SH NAME\n").append(escape(spec.name())).append(" \\- ")
                .append(escape(firstLine(spec))).append('\n');
        page.append(".SH SYNOPSIS\n");
        synopsis(page, command);
        page.append(".SH DESCRIPTION\n");
        for (String line : spec.usageMessage().description()) {
            page.append(escape(line)).append("\n.br\n");
        }
        options(page, spec);
        if (!spec.subcommands().isEmpty()) {
            page.append(".SH COMMANDS\n");
            commands(page, command);
        }
        exitStatus(page, spec);
        page.append(".SH SEE ALSO\n.BR hactl (8),\n.BR hactld (8),\n.BR systemctl (1)\n");
        return page.toString();
    }

    private static void synopsis(StringBuilder page, CommandLine command) {
        String text = command.getHelp().synopsis(0).strip();
        page.append(".nf\n").append(escape(text.replaceFirst("^Usage: ", ""))).append("\n.fi\n");
    }

    private static void commands(StringBuilder page, CommandLine parent) {
        for (CommandLine sub : parent.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.name().equals("help") || !spec.parent().equals(parent.getCommandSpec())) {
                continue;
            }
            page.append(".SS ").append(escape(spec.qualifiedName())).append('\n');
            synopsis(page, sub);
            for (String line : spec.usageMessage().description()) {
                page.append(escape(line)).append("\n.br\n");
            }
            positionals(page, spec.positionalParameters());
            // --help and --version are on every command; the top of the page lists them once.
            optionList(page, spec.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp()).toList());
            exitStatus(page, spec);
            commands(page, sub);
        }
    }

    private static void options(StringBuilder page, CommandSpec spec) {
        if (!spec.options().isEmpty()) {
            page.append(".SH OPTIONS\n");
            optionList(page, spec.options());
        }
    }

    private static void positionals(StringBuilder page, List<PositionalParamSpec> positionals) {
        for (PositionalParamSpec positional : positionals) {
            page.append(".TP\n.I ").append(escape(positional.paramLabel())).append('\n')
                    .append(escape(String.join(" ", positional.description()))).append('\n');
        }
    }

    private static void optionList(StringBuilder page, List<OptionSpec> options) {
        for (OptionSpec option : options) {
            if (option.hidden()) {
                continue;
            }
            page.append(".TP\n.B ").append(escape(String.join(", ", option.names())));
            if (option.arity().max() > 0) {
                page.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
            }
            page.append('\n').append(escape(String.join(" ", option.description()))).append('\n');
        }
    }

    private static void exitStatus(StringBuilder page, CommandSpec spec) {
        var codes = spec.usageMessage().exitCodeList();
        if (codes.isEmpty()) {
            return;
        }
        page.append(spec.parent() == null ? ".SH EXIT STATUS\n" : ".PP\nExit status:\n");
        codes.forEach((code, meaning) -> page.append(".TP\n.B ").append(escape(code.strip())).append('\n')
                .append(escape(meaning)).append('\n'));
    }

    private static String firstLine(CommandSpec spec) {
        String[] description = spec.usageMessage().description();
        return description.length == 0 ? spec.name() : description[0];
    }

    /** troff treats backslashes, leading dots and quotes, and hyphens specially. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.lines()
                .map(line -> line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }
}
