package io.hactl.cib.xml;

import io.hactl.cib.CibSnapshot;
import io.hactl.config.ConfigProblem;
import io.hactl.config.ConfigReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads a cib.xml file into a snapshot, turning unreadable or malformed files into problems, not exceptions. */
public final class CibFiles {
    private final XmlFiles xml = new XmlFiles();

    public ConfigReport<CibSnapshot> load(Path file) {
        return tree(file).value().map(root -> new CibReader(file).read(root))
                .orElseGet(() -> ConfigReport.failed(tree(file).problems()));
    }

    /** The document tree, or the problem that prevents reading it. */
    public ConfigReport<XmlElement> tree(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ConfigReport.of(xml.read(in), List.of());
        } catch (XmlSyntaxException e) {
            return ConfigReport.failed(List.of(ConfigProblem.error(file, e.line(), "",
                    "not well-formed XML: " + e.getMessage().lines().findFirst().orElse(""), "")));
        } catch (IOException e) {
            return ConfigReport.failed(List.of(ConfigProblem.error(file, 0, "", "cannot read: " + e.getMessage(),
                    "")));
        }
    }
}
