package io.hactl.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthKeysParserTest {

    @TempDir
    Path dir;

    @Test
    void readsTheAsteriskDeploymentsCrcKeyWithAWarning() {
        ConfigReport<AuthKeys> report = AuthKeysParser.parse(HaCfParserTest.resource("seed/authkeys"),
                List.of("auth 1", "1 crc"));

        assertThat(report.get().active()).isEqualTo(new AuthKey(1, AuthMethod.CRC, "", 2));
        assertThat(report.warnings()).singleElement().extracting(ConfigProblem::message).asString()
                .startsWith("crc gives no security");
    }

    /** Heartbeat's stock authkeys lists every method, commented out: uncommented, it is a valid file. */
    @Test
    void readsHeartbeatsStockSampleUncommented() throws IOException {
        List<String> stock = HaCfParserTest.stockFile("authkeys");
        Pattern example = Pattern.compile("^#(auth \\d+|\\d+ .*)$");
        List<String> uncommented = stock.stream().map(l -> example.matcher(l).matches() ? l.substring(1) : l).toList();

        assertThat(AuthKeysParser.parse(Path.of("authkeys"), stock).errors()).map(ConfigProblem::message)
                .containsExactly("no auth line chooses the key to sign with");
        AuthKeys keys = AuthKeysParser.parse(Path.of("authkeys"), uncommented).get();
        assertThat(keys.activeId()).isEqualTo(1);
        assertThat(keys.keys().values()).extracting(AuthKey::method)
                .containsExactly(AuthMethod.CRC, AuthMethod.SHA1, AuthMethod.MD5);
        assertThat(keys.keys().get(2).secret()).isEqualTo("HI!");
    }

    @Test
    void acceptsEveryListedKeyAndSignsWithTheActiveOne() {
        AuthKeys keys = AuthKeysParser.parse(Path.of("authkeys"),
                List.of("auth 3", "1 md5 old", "3 sha256 new", "4 SHA512 next")).get();

        assertThat(keys.active().method()).isEqualTo(AuthMethod.SHA256);
        assertThat(keys.keys()).containsOnlyKeys(1, 3, 4);
        assertThat(keys.active().method().hmacAlgorithm()).contains("HmacSHA256");
    }

    @Test
    void acceptsModeOwnerOnlyRead() throws IOException {
        Path file = dir.resolve("authkeys");
        Files.write(file, List.of("auth 1", "1 sha1 secret"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

        assertThat(AuthKeysParser.parse(file, System.getProperty("user.name")).isValid()).isTrue();
    }

    @Test
    void refusesGroupReadableKeys() throws IOException {
        Path file = dir.resolve("authkeys");
        Files.write(file, List.of("auth 1", "1 sha1 secret"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        assertThat(AuthKeysParser.parse(file, System.getProperty("user.name")).errors()).map(ConfigProblem::message)
                .containsExactly("mode 0640 (rw-r-----) lets other users read or change the keys");
    }

    @Test
    void neverPrintsTheSecret() {
        assertThat(new AuthKey(1, AuthMethod.SHA1, "TopSecret", 2).toString()).doesNotContain("TopSecret");
    }
}
