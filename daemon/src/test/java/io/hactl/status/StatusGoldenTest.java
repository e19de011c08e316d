package io.hactl.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.xml.CibFiles;
import io.hactl.config.ConfigReport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Status cases as data: each folder under {@code status/} holds a {@code cib.xml} and the text and JSON
 * {@code hactl status} must print for it, judged at {@link #NOW} with no DC and no membership (an offline CIB).
 */
class StatusGoldenTest {
    /** 2026-01-01T00:00:00Z, the "now" of the scheduler cases these CIBs come from. */
    static final Instant NOW = Instant.ofEpochSecond(1_767_225_600L);

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> folders = Files.list(root())) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Path root() throws URISyntaxException {
        return Path.of(StatusGoldenTest.class.getResource("/status").toURI());
    }

    static StatusModel model(Path cibXml) {
        ConfigReport<CibSnapshot> cib = new CibFiles().load(cibXml);
        assertThat(cib.errors()).as("problems reading " + cibXml).isEmpty();
        return StatusModelBuilder.build(cib.get(), List.of(), null, cib.get().haveQuorum(), NOW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void textAndJsonAreTheExpectedOnes(String name) throws Exception {
        Path folder = root().resolve(name);
        StatusModel model = model(folder.resolve("cib.xml"));
        assertThat(StatusText.render(model)).as("case %s: text differs from expected.txt", name)
                .isEqualTo(Files.readString(folder.resolve("expected.txt")));
        assertThat(StatusJson.render(model)).as("case %s: JSON differs from expected.json", name)
                .isEqualTo(Files.readString(folder.resolve("expected.json")));
    }
}
