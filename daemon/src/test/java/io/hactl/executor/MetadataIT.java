package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real agents' meta-data: every ClusterLabs agent installed here, and resource checks built on it. */
class MetadataIT {
    private ThreadScheduling scheduling;
    private ResourceExecutor executor;
    private final AgentCatalog catalog = new AgentCatalog(AgentDirectories.standard());

    @BeforeEach
    void start() {
        scheduling = ThreadScheduling.systemClock();
        executor = new ResourceExecutor(AgentDirectories.standard(), ExecutorSettings.defaults().withoutOperationLog(),
                scheduling, System.getenv());
    }

    @AfterEach
    void stop() {
        executor.close();
        scheduling.close();
    }

    @Test
    void readsTheMetaDataOfEveryInstalledClusterLabsAgent() {
        List<AgentRef> agents = catalog.list(AgentClass.OCF, "heartbeat");
        List<String> unreadable = new ArrayList<>();
        int parsed = 0;
        for (AgentRef agent : agents) {
            MetadataRead read = catalog.metadata(executor, agent);
            if (read instanceof MetadataRead.Parsed p) {
                assertThat(p.metadata().actions()).as(agent.toString()).isNotEmpty();
                parsed++;
            } else if (!((MetadataRead.Unreadable) read).why().contains("meta-data of")) {
                unreadable.add(agent + ": " + ((MetadataRead.Unreadable) read).why());
            }
        }

        assertThat(agents).hasSizeGreaterThan(50);
        assertThat(unreadable).as("agents that answered meta-data we could not read").isEmpty();
        assertThat(parsed).as("agents whose meta-data we read").isGreaterThan(agents.size() * 9 / 10);
    }

    @Test
    void refusesADefinitionAgainstClusterLabsIPaddr2BeforeAnythingStarts() {
        Primitive typo = Primitive.of("failover-ip", "ocf:heartbeat:IPaddr2", Map.of("ipaddr", "150.214.153.235"));
        Operation monitor = Operation.monitor(Duration.ofSeconds(10), Duration.ofSeconds(5));

        List<ResourceProblem> problems = catalog.check(executor, typo, List.of(monitor));

        assertThat(problems).extracting(ResourceProblem::toString).contains(
                "error: failover-ip: required parameter 'ip' of ocf:heartbeat:IPaddr2 is missing (IPv4 or IPv6 address)")
                .anyMatch(p -> p.startsWith("error: failover-ip: unknown parameter 'ipaddr': ocf:heartbeat:IPaddr2 has [ip, "))
                .anyMatch(p -> p.startsWith("warning: failover-ip: monitor (interval 10s) timeout 5s is below the 20s"));
    }

    @Test
    void refusesAResourceWhoseAgentIsNotInstalled() {
        Primitive missing = Primitive.of("pbx", "ocf:heartbeat:NoSuchAgent", Map.of());

        assertThat(catalog.check(executor, missing, List.of())).singleElement().satisfies(problem -> {
            assertThat(problem.refuses()).isTrue();
            assertThat(problem.message()).contains("/usr/lib/ocf/resource.d/heartbeat/NoSuchAgent does not exist");
        });
    }
}
