package io.hactl.testing;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads hactld's key=value log lines (values with spaces are quoted, others not). */
public final class LogLines {
    private static final Pattern MEMBERS = Pattern.compile("members=\"?\\[([^]]*)]");

    private LogLines() {}

    /** The {@code members=[…]} of a view line, empty when the line has none. */
    public static Set<String> members(String line) {
        Matcher m = MEMBERS.matcher(line);
        if (!m.find() || m.group(1).isBlank()) {
            return Set.of();
        }
        return Arrays.stream(m.group(1).split(", ")).collect(Collectors.toSet());
    }

    /** Whether the line's {@code node=} key names {@code node}. */
    public static boolean about(String line, String node) {
        return Pattern.compile("\\bnode=\"?" + Pattern.quote(node) + "\"?(\\s|$)").matcher(line).find();
    }
}
