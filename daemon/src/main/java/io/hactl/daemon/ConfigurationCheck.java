package io.hactl.daemon;

import io.hactl.cib.verify.AgentCatalog;
import io.hactl.cib.verify.CibVerifier;
import io.hactl.config.ClusterConfig;
import io.hactl.config.ClusterConfigLoader;
import io.hactl.config.ConfigProblem;
import io.hactl.config.ConfigReport;
import io.hactl.config.CrmMode;
import io.hactl.config.LoadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole check of a configuration directory, as {@code hactl config verify} and hactld's start-up and reload
 * make it: the Heartbeat files ({@link ClusterConfigLoader}), then, with {@code crm yes}, the CIB's meaning
 * ({@link CibVerifier}), so both report exactly the same problems.
 */
public final class ConfigurationCheck {
    private final AgentCatalog agents;

    public ConfigurationCheck(AgentCatalog agents) {
        this.agents = agents;
    }

    public ConfigReport<ClusterConfig> run(Path directory, LoadOptions options) {
        ConfigReport<ClusterConfig> files = ClusterConfigLoader.load(directory, options);
        Path cib = files.value().map(ClusterConfig::cibFile).orElse(null);
        // With ha.cf broken its crm setting is unknown: a CIB that is there is checked too, so one run says it all.
        boolean cibMode = files.value().map(c -> c.haCf().crm() == CrmMode.CIB).orElse(true);
        if (!cibMode) {
            return files;
        }
        if (cib == null) {
            cib = options.cibFile().orElse(directory.resolve("cib.xml"));
        }
        Path cibFile = cib;
        boolean cibAlreadyRefused = files.problems().stream().anyMatch(p -> p.file().equals(cibFile));
        if (cibAlreadyRefused || !Files.exists(cibFile)) {
            return files;
        }
        List<ConfigProblem> problems = new ArrayList<>(files.problems());
        problems.addAll(new CibVerifier(agents).verify(cibFile));
        return files.value().map(config -> ConfigReport.of(config, problems)).orElseGet(() -> ConfigReport.failed(problems));
    }
}
