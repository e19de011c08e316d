package io.hactl.membership;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This run's incarnation number for the authkeys envelope: peers refuse anything from a lower one as a replay, so
 * it must grow from one start to the next. Heartbeat kept a counter on disk ({@code hb_generation}); we take the
 * larger of the wall clock in milliseconds and the last value stored plus one, and store the result, so a clock
 * stepped back across a restart cannot make peers reject a restarted node. Without a writable state directory
 * (tests, a read-only system) the wall clock alone is used.
 */
public final class Generation {
    private static final Logger log = LoggerFactory.getLogger(Generation.class);

    private Generation() {}

    /**
     * @param file where the last generation is kept ({@code /var/lib/hactl/generation}); used only if its directory
     *             exists
     */
    public static long next(Optional<Path> file, Clock clock) {
        long now = clock.millis();
        if (file.isEmpty() || !Files.isDirectory(file.get().getParent())) {
            return now;
        }
        Path path = file.get();
        long last = 0;
        try {
            if (Files.exists(path)) {
                last = Long.parseLong(Files.readString(path, StandardCharsets.US_ASCII).trim());
            }
        } catch (IOException | NumberFormatException e) {
            log.atWarn().setMessage("unreadable generation file; using the clock").addKeyValue("file", path)
                    .addKeyValue("error", e.toString()).log();
        }
        long generation = Math.max(now, last + 1);
        try {
            Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
            Files.writeString(tmp, Long.toString(generation), StandardCharsets.US_ASCII);
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.atWarn().setMessage("cannot store the generation; a clock stepped back before the next start could "
                    + "make peers ignore this node").addKeyValue("file", path).addKeyValue("error", e.toString()).log();
        }
        return generation;
    }
}
