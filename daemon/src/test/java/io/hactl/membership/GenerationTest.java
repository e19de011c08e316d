package io.hactl.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationTest {

    private static Clock at(long millis) {
        return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    @Test
    void growsEvenWhenTheClockWasSteppedBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("generation");
        assertThat(Generation.next(Optional.of(file), at(5_000))).isEqualTo(5_000);
        assertThat(Generation.next(Optional.of(file), at(1_000))).as("clock stepped back").isEqualTo(5_001);
        assertThat(Generation.next(Optional.of(file), at(9_000))).isEqualTo(9_000);
        assertThat(Files.readString(file)).isEqualTo("9000");
    }

    @Test
    void withoutAStateDirectoryTheClockIsUsed(@TempDir Path dir) {
        assertThat(Generation.next(Optional.of(dir.resolve("missing/generation")), at(7))).isEqualTo(7);
        assertThat(Generation.next(Optional.empty(), at(8))).isEqualTo(8);
    }

    @Test
    void corruptFileFallsBackToTheClockAndIsRepaired(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("generation");
        Files.writeString(file, "garbage");
        assertThat(Generation.next(Optional.of(file), at(42))).isEqualTo(42);
        assertThat(Files.readString(file)).isEqualTo("42");
    }
}
