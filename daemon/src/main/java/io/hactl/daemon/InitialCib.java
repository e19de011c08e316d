package io.hactl.daemon;

import io.hactl.cib.CibVersion;
import io.hactl.cib.haresources.HaResourcesCib;
import io.hactl.cib.store.CibStore;
import io.hactl.cib.xml.CibTree;
import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import io.hactl.config.ClusterConfig;
import io.hactl.config.CrmMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CIB a node starts with. With {@code crm yes}: the newer of the daemon's stored copy and the admin's
 * {@code cib.xml} (an admin who edits the file bumps {@code admin_epoch} or {@code epoch} to make it win, as with
 * Pacemaker). With {@code crm no}: haresources translated, keeping the stored copy (standby, moves) as long as the
 * resources it describes are the same.
 */
final class InitialCib {
    private static final Logger log = LoggerFactory.getLogger(InitialCib.class);

    private InitialCib() {}

    static XmlElement choose(ClusterConfig config, Optional<CibStore> store) throws IOException {
        Optional<XmlElement> stored = stored(store);
        if (config.haCf().crm() != CrmMode.CIB) {
            return fromHaResources(config, stored);
        }
        Optional<XmlElement> admins = Files.exists(config.cibFile()) && !isStoreFile(config.cibFile(), store)
                ? Optional.of(new XmlFiles().read(Files.newInputStream(config.cibFile()))) : Optional.empty();
        if (stored.isPresent() && admins.isPresent()) {
            CibVersion s = CibTree.version(stored.get());
            CibVersion a = CibTree.version(admins.get());
            boolean adminsNewer = a.newerConfigurationThan(s);
            log.atInfo().setMessage(adminsNewer ? "starting from the admin's CIB, newer than the stored one"
                    : "starting from the stored CIB").addKeyValue("stored", s).addKeyValue("file", a)
                    .addKeyValue("path", config.cibFile()).log();
            return adminsNewer ? admins.get() : stored.get();
        }
        return stored.or(() -> admins).orElseGet(InitialCib::empty);
    }

    private static boolean isStoreFile(Path file, Optional<CibStore> store) {
        return store.map(s -> s.directory().resolve(CibStore.CURRENT).toAbsolutePath().equals(file.toAbsolutePath()))
                .orElse(false);
    }

    private static Optional<XmlElement> stored(Optional<CibStore> store) throws IOException {
        if (store.isEmpty() || !Files.exists(store.get().directory().resolve(CibStore.CURRENT))) {
            return Optional.empty();
        }
        CibStore.Loaded loaded = store.get().load();
        loaded.warnings().forEach(w -> log.warn(w));
        return Optional.of(loaded.cib());
    }

    private static XmlElement fromHaResources(ClusterConfig config, Optional<XmlElement> stored) {
        XmlElement translated = HaResourcesCib.standard().translate(
                config.haResources().orElse(io.hactl.config.HaResources.empty(config.directory().resolve("haresources"))), config.haCf().nodeNames(),
                config.haCf().autoFailback());
        if (stored.isEmpty()) {
            return translated;
        }
        XmlFiles xml = new XmlFiles();
        String storedResources = stored.get().child("configuration").flatMap(c -> c.child("resources"))
                .map(xml::toText).orElse("");
        String translatedResources = translated.child("configuration").flatMap(c -> c.child("resources"))
                .map(xml::toText).orElse("");
        if (storedResources.equals(translatedResources)) {
            return stored.get();
        }
        log.atInfo().log("haresources changed since the stored CIB: starting from the new translation");
        return CibTree.withVersion(translated, CibTree.version(stored.get()).nextEpoch());
    }

    static XmlElement empty() {
        XmlElement configuration = XmlElement.of("configuration", Map.of(), List.of(
                XmlElement.of("crm_config", Map.of(), List.of()), XmlElement.of("nodes", Map.of(), List.of()),
                XmlElement.of("resources", Map.of(), List.of()), XmlElement.of("constraints", Map.of(), List.of())));
        return XmlElement.of("cib", Map.of("admin_epoch", "0", "epoch", "0", "num_updates", "0"),
                List.of(configuration, XmlElement.of("status", Map.of(), List.of())));
    }
}
