package io.hactl.controller;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.CibVersion;
import io.hactl.cib.store.CibStore;
import io.hactl.cib.xml.CibReader;
import io.hactl.cib.xml.CibTree;
import io.hactl.cib.xml.XmlElement;
import io.hactl.config.ConfigProblem;
import io.hactl.config.ConfigReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's copy of the CIB: the coordinator's is authoritative and every other node holds the last one it
 * broadcast. The configuration is persisted (atomically, by {@link CibStore}) whenever its epoch changes; the
 * status section is not, because after a restart it is rebuilt from what the nodes report, as Pacemaker does.
 */
final class ReplicatedCib {
    private static final Logger log = LoggerFactory.getLogger(ReplicatedCib.class);

    private final Optional<CibStore> store;
    private final Path origin;
    private XmlElement tree;
    private CibSnapshot snapshot;
    private CibVersion saved;

    ReplicatedCib(Optional<CibStore> store, Path origin, XmlElement initial) {
        this.store = store;
        this.origin = origin;
        this.tree = initial;
        ConfigReport<CibSnapshot> report = read(initial);
        this.snapshot = report.value().orElseThrow(() -> new IllegalArgumentException(
                "the CIB cannot be read: " + report.errors()));
        this.saved = CibTree.version(initial);
    }

    XmlElement tree() {
        return tree;
    }

    CibSnapshot snapshot() {
        return snapshot;
    }

    CibVersion version() {
        return CibTree.version(tree);
    }

    /** Reads a candidate tree; the errors say why it cannot be used. */
    ConfigReport<CibSnapshot> read(XmlElement candidate) {
        return new CibReader(origin).read(candidate);
    }

    /**
     * Installs a new tree. One that cannot be read is refused and the running one kept.
     *
     * @return the errors that made it refused, empty when installed
     */
    List<ConfigProblem> install(XmlElement next) {
        ConfigReport<CibSnapshot> report = read(next);
        if (report.value().isEmpty() || !report.errors().isEmpty()) {
            return report.errors();
        }
        tree = next;
        snapshot = report.get();
        CibVersion version = CibTree.version(next);
        if (version.adminEpoch() != saved.adminEpoch() || version.epoch() != saved.epoch()) {
            persist(version);
        }
        return List.of();
    }

    private void persist(CibVersion version) {
        if (store.isEmpty()) {
            saved = version;
            return;
        }
        try {
            store.get().save(withoutStatus(tree));
            saved = version;
            log.atInfo().setMessage("configuration saved").addKeyValue("version", version).log();
        } catch (IOException e) {
            log.atError().setMessage("cannot save the CIB; the running configuration is kept in memory and saving is "
                    + "retried at the next change").addKeyValue("error", e.toString()).log();
        }
    }

    static XmlElement withoutStatus(XmlElement cib) {
        return cib.withChild(XmlElement.of("status", Map.of(), List.of()));
    }
}
