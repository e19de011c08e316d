package io.hactl.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.xml.CibFiles;
import io.hactl.config.ConfigReport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scheduler cases as data: each folder under {@code scheduler/} holds a {@code cib.xml} and the
 * {@code expected.summary} hactl must print for it, judged at {@link RandomCib#NOW}. The same CIBs go through
 * Pacemaker's crm_simulate, which must place every primitive where hactl does, unless the folder documents why
 * not in {@code pacemaker-differs.txt}.
 */
class SchedulerCasesTest {
    private static final Instant NOW = Instant.ofEpochSecond(RandomCib.NOW);

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path root = Path.of(SchedulerCasesTest.class.getResource("/scheduler").toURI());
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Path folder(String name) throws URISyntaxException {
        return Path.of(SchedulerCasesTest.class.getResource("/scheduler/" + name).toURI());
    }

    private static Transition schedule(Path cibXml) {
        ConfigReport<CibSnapshot> cib = new CibFiles().load(cibXml);
        assertThat(cib.errors()).as("problems reading " + cibXml).isEmpty();
        return new Scheduler().schedule(cib.get(), NOW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void transitionSummaryIsTheExpectedOne(String name) throws Exception {
        Path folder = folder(name);
        String expected = Files.readString(folder.resolve("expected.summary"));
        String actual = TransitionText.render(schedule(folder.resolve("cib.xml")));
        assertThat(actual).as("case %s: hactl's transition differs from expected.summary", name).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pacemakerPlacesEveryResourceTheSameWay(String name) throws Exception {
        assumeTrue(CrmSimulate.installed(), "crm_simulate (pacemaker-cli-utils) is not installed");
        Path folder = folder(name);
        assumeTrue(!Files.exists(folder.resolve("pacemaker-differs.txt")), "documented difference");
        Optional<Map<String, Optional<String>>> pacemaker = CrmSimulate.placement(folder.resolve("cib.xml"), NOW);
        assertThat(pacemaker).as("crm_simulate accepts case %s", name).isPresent();
        assertThat(schedule(folder.resolve("cib.xml")).placement())
                .as("case %s: placement by hactl vs crm_simulate", name)
                .isEqualTo(pacemaker.get());
    }
}
