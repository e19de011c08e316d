package io.hactl.cib.store;

import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import io.hactl.cib.xml.XmlSyntaxException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CIB on disk, in the spirit of Pacemaker's {@code /var/lib/pacemaker/cib}: {@code cib.xml} with its digest in
 * {@code cib.xml.sig}, and the previous versions as {@code cib-N.xml} + {@code cib-N.xml.sig} (the last
 * {@code keep}). Every file is written to a temporary name, fsynced, renamed into place, and the directory fsynced,
 * so a crash leaves either the old or the new file, never half of one.
 *
 * <p>A {@code cib.xml} whose digest does not match (torn write, disk error, an edit behind hactl's back) or that
 * is not well-formed is refused with a message saying why; loading then falls back to the newest archived copy
 * that is intact, and the refused file is kept as {@code cib.xml.corrupted} so nothing is lost. A {@code cib.xml}
 * without any {@code .sig} (a fresh install, or one an admin wrote) is accepted: there is nothing to check yet.
 */
public final class CibStore {
    public static final String CURRENT = "cib.xml";

    private final Path directory;
    private final int keep;
    private final XmlFiles xml = new XmlFiles();

    public CibStore(Path directory, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one previous version, not " + keep);
        }
        this.directory = directory;
        this.keep = keep;
    }

    public Path directory() {
        return directory;
    }

    /** What {@link #load()} found: the CIB, the file it came from, and what the admin should know. */
    public record Loaded(XmlElement cib, Path source, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    /** Thrown when neither cib.xml nor any archived copy is usable. */
    public static final class NoUsableCibException extends IOException {
        public NoUsableCibException(String message) {
            super(message);
        }
    }

    /** Saves a new version: the current file becomes the newest archived copy, then the new one replaces it. */
    public void save(XmlElement cib) throws IOException {
        Files.createDirectories(directory);
        Path current = directory.resolve(CURRENT);
        if (Files.exists(current)) {
            int next = archives().stream().mapToInt(Archive::number).max().orElse(0) + 1;
            Path archived = directory.resolve("cib-" + next + ".xml");
            writeAtomically(archived, Files.readAllBytes(current));
            Path sig = signature(current);
            if (Files.exists(sig)) {
                writeAtomically(signature(archived), Files.readAllBytes(sig));
            }
            prune();
        }
        byte[] bytes = xml.toText(cib).getBytes(StandardCharsets.UTF_8);
        // The digest goes first: a crash between the two renames leaves a new digest for an old file, which
        // load() reports and resolves from the archive, rather than an old digest silently vouching for nothing.
        writeAtomically(signature(current), (digest(bytes) + "\n").getBytes(StandardCharsets.US_ASCII));
        writeAtomically(current, bytes);
    }

    public Loaded load() throws IOException {
        Path current = directory.resolve(CURRENT);
        List<String> warnings = new ArrayList<>();
        Optional<String> problem = problemWith(current);
        if (problem.isEmpty()) {
            return new Loaded(read(current), current, warnings);
        }
        warnings.add(current + " refused: " + problem.get());
        List<Archive> archives = new ArrayList<>(archives());
        archives.sort((a, b) -> Integer.compare(b.number(), a.number()));
        for (Archive archive : archives) {
            Optional<String> archiveProblem = problemWith(archive.path());
            if (archiveProblem.isEmpty()) {
                if (Files.exists(current)) {
                    Files.copy(current, directory.resolve(CURRENT + ".corrupted"),
                            StandardCopyOption.REPLACE_EXISTING);
                    warnings.add("kept the refused file as " + directory.resolve(CURRENT + ".corrupted"));
                }
                warnings.add("using the newest intact copy, " + archive.path());
                return new Loaded(read(archive.path()), archive.path(), warnings);
            }
            warnings.add(archive.path() + " refused too: " + archiveProblem.get());
        }
        throw new NoUsableCibException(String.join("; ", warnings));
    }

    private Optional<String> problemWith(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.of("it does not exist");
        }
        Path sig = signature(file);
        if (Files.exists(sig)) {
            String expected = Files.readString(sig, StandardCharsets.US_ASCII).trim();
            String actual = digest(bytes);
            if (!expected.equals(actual)) {
                return Optional.of("its digest " + actual + " does not match " + sig.getFileName() + " (" + expected
                        + "): the file was damaged or changed outside hactl");
            }
        }
        try {
            xml.read(new ByteArrayInputStream(bytes));
        } catch (XmlSyntaxException e) {
            return Optional.of("not well-formed XML at line " + e.line() + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private XmlElement read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return xml.read(in);
        }
    }

    private record Archive(Path path, int number) {}

    private List<Archive> archives() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> {
                String name = p.getFileName().toString();
                if (name.matches("cib-[0-9]+\\.xml")) {
                    return new Archive(p, Integer.parseInt(name.substring(4, name.length() - 4)));
                }
                return null;
            }).filter(a -> a != null).toList();
        }
    }

    private void prune() throws IOException {
        List<Archive> archives = new ArrayList<>(archives());
        archives.sort((a, b) -> Integer.compare(b.number(), a.number()));
        for (Archive old : archives.subList(Math.min(keep, archives.size()), archives.size())) {
            Files.deleteIfExists(signature(old.path()));
            Files.deleteIfExists(old.path());
        }
    }

    private static Path signature(Path file) {
        return file.resolveSibling(file.getFileName() + ".sig");
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory();
    }

    private void syncDirectory() throws IOException {
        // Makes the rename itself durable; Linux allows fsync on a directory opened read-only.
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
