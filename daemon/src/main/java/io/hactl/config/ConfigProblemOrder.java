package io.hactl.config;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** Orders problems as an admin reads them: file by file in a given order, top to bottom within each. */
final class ConfigProblemOrder {
    private ConfigProblemOrder() {}

    static Comparator<ConfigProblem> byFileThenLine(List<Path> fileOrder) {
        return Comparator.comparingInt((ConfigProblem p) -> {
                    int index = fileOrder.indexOf(p.file());
                    return index < 0 ? fileOrder.size() : index;
                })
                .thenComparing(p -> p.file().toString())
                .thenComparingInt(ConfigProblem::line);
    }
}
