package io.hactl.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads ha.cf as Heartbeat 3 does: line by line, top to bottom, {@code #} comments, one directive per line.
 * Every Heartbeat directive is honoured ({@link HaCfDirectives}), refused ({@link UnsupportedDirectives}) or,
 * for Heartbeat-internal tuning, checked and reported as having no effect ({@link InertDirectives}).
 */
public final class HaCfParser {
    private HaCfParser() {}

    public static ConfigReport<HaCf> parse(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ConfigReport.failed(List.of(ConfigProblem.error(file, 0, "", "cannot read ha.cf: " + describe(e),
                    "a readable file (hactl config verify --dir DIR names the directory)")));
        }
        return parse(file, lines);
    }

    public static ConfigReport<HaCf> parse(Path file, List<String> rawLines) {
        Problems problems = new Problems(file);
        HaCfDraft draft = new HaCfDraft(file);
        Map<String, Integer> firstSeen = new HashMap<>();
        for (ConfigLine line : ConfigLine.split(rawLines)) {
            read(line, draft, problems, firstSeen);
        }
        Timings timings = HaCfChecks.check(draft, problems);
        return ConfigReport.of(draft.build(timings), problems.list());
    }

    /**
     * The node names of an ha.cf even when the file has errors elsewhere, so haresources can still be checked
     * against them; empty when the file cannot be read.
     */
    public static Optional<java.util.Set<String>> listedNodes(Path file) {
        try {
            return Optional.of(ConfigLine.split(Files.readAllLines(file, StandardCharsets.UTF_8)).stream()
                    .filter(line -> line.first().equals("node"))
                    .flatMap(line -> line.arguments().stream())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void read(ConfigLine line, HaCfDraft draft, Problems problems, Map<String, Integer> firstSeen) {
        String name = line.first();
        Directive honoured = HaCfDirectives.HONOURED.get(name);
        if (honoured != null) {
            Integer earlier = firstSeen.putIfAbsent(name, line.number());
            if (earlier != null && !honoured.repeatable()) {
                problems.error(line.number(), name, "is already set on line " + earlier, "each directive once");
                return;
            }
            honoured.handler().apply(line, draft, problems);
        } else if (UnsupportedDirectives.REASONS.containsKey(name)) {
            problems.error(line.number(), name, "not supported by hactl: " + UnsupportedDirectives.REASONS.get(name),
                    "this line removed");
        } else if (InertDirectives.DIRECTIVES.containsKey(name)) {
            inert(line, InertDirectives.DIRECTIVES.get(name), problems);
        } else {
            problems.error(line.number(), name, "unknown directive" + suggestion(name).map(s -> " (did you mean " + s + "?)").orElse(""),
                    "an ha.cf directive (the reference conf/ha.cf lists them all)");
        }
    }

    private static void inert(ConfigLine line, InertDirectives.Inert inert, Problems problems) {
        if (line.arguments().size() != 1 || !inert.validValue().test(line.arguments().get(0))) {
            problems.error(line.number(), line.first(), "'" + String.join(" ", line.arguments()) + "' is not a valid value",
                    inert.expected());
            return;
        }
        problems.warning(line.number(), line.first(), "has no effect in hactl: " + inert.why());
    }

    /** The known directive closest to a misspelt one, when it is close enough to be a typo. */
    static Optional<String> suggestion(String unknown) {
        return Stream.of(HaCfDirectives.HONOURED.keySet(), UnsupportedDirectives.REASONS.keySet(),
                        InertDirectives.DIRECTIVES.keySet())
                .flatMap(java.util.Collection::stream)
                .filter(known -> editDistance(unknown.toLowerCase(java.util.Locale.ROOT), known) <= 2)
                .min(Comparator.comparingInt((String known) -> editDistance(unknown.toLowerCase(java.util.Locale.ROOT), known))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
