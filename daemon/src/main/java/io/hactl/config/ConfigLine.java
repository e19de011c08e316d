package io.hactl.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One non-blank line of a Heartbeat configuration file with its comment removed, split into words.
 * Heartbeat treats {@code #} as the start of a comment anywhere on a line (the stock ha.cf writes
 * {@code bcast eth0 # Linux}), and so do we.
 */
record ConfigLine(int number, List<String> words) {

    ConfigLine {
        words = List.copyOf(words);
    }

    String first() {
        return words.get(0);
    }

    /** The words after the first. */
    List<String> arguments() {
        return words.subList(1, words.size());
    }

    static List<ConfigLine> split(List<String> rawLines) {
        List<ConfigLine> lines = new ArrayList<>();
        for (int i = 0; i < rawLines.size(); i++) {
            String text = stripComment(rawLines.get(i)).strip();
            if (!text.isEmpty()) {
                lines.add(new ConfigLine(i + 1, Arrays.asList(text.split("\\s+"))));
            }
        }
        return lines;
    }

    static String stripComment(String raw) {
        int hash = raw.indexOf('#');
        return hash < 0 ? raw : raw.substring(0, hash);
    }
}
