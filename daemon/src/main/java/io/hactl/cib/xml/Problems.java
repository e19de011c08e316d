package io.hactl.cib.xml;

import io.hactl.config.ConfigProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a CIB, each problem pointing at the XML path and line of the element concerned. */
final class Problems {
    private final Path file;
    private final List<ConfigProblem> list = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void error(String path, XmlElement at, String message, String expected) {
        list.add(ConfigProblem.error(file, at.line(), path, message, expected));
    }

    void warning(String path, XmlElement at, String message) {
        list.add(ConfigProblem.warning(file, at.line(), path, message, ""));
    }

    /** An element hactl does not model: refused ones are errors (they would change decisions), ignored ones warnings. */
    void unsupported(String path, XmlElement at, boolean refused) {
        String message = "not supported by hactl: <" + at.name() + "> (" + (refused ? "refused" : "ignored") + ")";
        if (refused) {
            error(path, at, message, "");
        } else {
            warning(path, at, message);
        }
    }

    List<ConfigProblem> list() {
        return List.copyOf(list);
    }
}
