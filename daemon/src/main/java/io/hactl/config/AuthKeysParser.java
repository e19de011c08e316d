package io.hactl.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads authkeys: one {@code auth N} line choosing the signing key, and key lines {@code N METHOD [SECRET]}.
 * Like Heartbeat, refuses a file that anyone but its owner can read or write, and a file not owned by the
 * user the daemon runs as: a readable secret is no secret.
 */
public final class AuthKeysParser {
    private AuthKeysParser() {}

    /** Heartbeat keeps key numbers in a 16-entry table. */
    static final int MAX_KEY_ID = 15;

    private static final Set<PosixFilePermission> GROUP_OR_OTHER = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /**
     * @param expectedOwner the user hactld runs as (root in the packaged service); the file must belong to it
     */
    public static ConfigReport<AuthKeys> parse(Path file, String expectedOwner) {
        Problems problems = new Problems(file);
        List<String> lines;
        try {
            checkPermissions(file, expectedOwner, problems);
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ConfigReport.failed(List.of(ConfigProblem.error(file, 0, "", "cannot read authkeys: "
                    + HaCfParser.describe(e), "a file with mode 0600 owned by " + expectedOwner)));
        }
        return read(file, lines, problems);
    }

    /** Parses the content only, without looking at the file's mode and owner. */
    public static ConfigReport<AuthKeys> parse(Path file, List<String> lines) {
        return read(file, lines, new Problems(file));
    }

    private static void checkPermissions(Path file, String expectedOwner, Problems problems) throws IOException {
        PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.stream().anyMatch(GROUP_OR_OTHER::contains)) {
            problems.error(0, "", "mode " + octal(permissions) + " lets other users read or change the keys",
                    "mode 0600 (chmod 600 " + file + ")");
        }
        String owner = attributes.owner().getName();
        if (!owner.equals(expectedOwner)) {
            problems.error(0, "", "owned by " + owner + ", not by " + expectedOwner + " (the user hactld runs as)",
                    "chown " + expectedOwner + " " + file);
        }
    }

    private static ConfigReport<AuthKeys> read(Path file, List<String> rawLines, Problems problems) {
        Integer activeId = null;
        int authLine = 0;
        Map<Integer, AuthKey> keys = new LinkedHashMap<>();
        for (ConfigLine line : ConfigLine.split(rawLines)) {
            if (line.first().equals("auth")) {
                if (activeId != null) {
                    problems.error(line.number(), "auth", "is already given on line " + authLine, "exactly one auth line");
                    continue;
                }
                Optional<Integer> id = line.arguments().size() == 1 ? keyId(line.arguments().get(0)) : Optional.empty();
                if (id.isEmpty()) {
                    problems.error(line.number(), "auth", "'" + String.join(" ", line.arguments()) + "' is not a key number",
                            "auth N, with N a key number 0-" + MAX_KEY_ID);
                    continue;
                }
                activeId = id.get();
                authLine = line.number();
            } else {
                readKey(line, keys, problems);
            }
        }
        if (activeId == null) {
            problems.error(0, "auth", "no auth line chooses the key to sign with", "a line such as: auth 1");
            return ConfigReport.failed(problems.list());
        }
        if (!keys.containsKey(activeId)) {
            problems.error(authLine, "auth", "auth " + activeId + " names no key"
                    + (keys.isEmpty() ? "; none is defined" : "; defined: " + keys.keySet()),
                    "a key line such as: " + activeId + " sha1 SECRET");
            return ConfigReport.failed(problems.list());
        }
        keys.values().stream().filter(k -> k.method() == AuthMethod.CRC).findFirst().ifPresent(crc ->
                problems.warning(crc.line(), "crc", "crc gives no security: it only detects corrupted packets, and anyone"
                        + " on the network can forge cluster messages", "sha256 (or sha1) with a secret on untrusted networks"));
        return ConfigReport.of(AuthKeys.of(file, activeId, keys), problems.list());
    }

    private static void readKey(ConfigLine line, Map<Integer, AuthKey> keys, Problems problems) {
        String expected = "N METHOD [SECRET], e.g. 1 sha1 MySecret, with METHOD crc, md5, sha1, sha256 or sha512";
        Optional<Integer> id = keyId(line.first());
        if (id.isEmpty()) {
            problems.error(line.number(), line.first(), "is neither 'auth' nor a key number 0-" + MAX_KEY_ID, expected);
            return;
        }
        if (line.arguments().isEmpty()) {
            problems.error(line.number(), line.first(), "key " + id.get() + " has no method", expected);
            return;
        }
        Optional<AuthMethod> method = method(line.arguments().get(0));
        if (method.isEmpty()) {
            problems.error(line.number(), line.first(), "unknown method '" + line.arguments().get(0) + "'",
                    "crc, md5, sha1, sha256 or sha512");
            return;
        }
        List<String> secretWords = line.arguments().subList(1, line.arguments().size());
        if (method.get().needsSecret() && secretWords.isEmpty()) {
            problems.error(line.number(), line.first(), method.get().configName() + " needs a secret",
                    id.get() + " " + method.get().configName() + " SECRET");
            return;
        }
        if (secretWords.size() > 1) {
            problems.error(line.number(), line.first(), "the secret must be one word; Heartbeat would use only '"
                    + secretWords.get(0) + "'", "a secret without spaces");
            return;
        }
        if (!method.get().needsSecret() && !secretWords.isEmpty()) {
            problems.warning(line.number(), line.first(), "crc takes no secret; '" + secretWords.get(0) + "' is not used");
        }
        if (keys.containsKey(id.get())) {
            problems.error(line.number(), line.first(), "key " + id.get() + " is already defined on line "
                    + keys.get(id.get()).line(), "each key number once");
            return;
        }
        String secret = method.get().needsSecret() ? secretWords.get(0) : "";
        keys.put(id.get(), new AuthKey(id.get(), method.get(), secret, line.number()));
    }

    private static Optional<Integer> keyId(String text) {
        return HeartbeatValues.integer(text, 0, MAX_KEY_ID);
    }

    private static Optional<AuthMethod> method(String text) {
        try {
            return Optional.of(AuthMethod.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String octal(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 1 << (8 - p.ordinal());
        }
        return String.format("%04o", mode) + " (" + PosixFilePermissions.toString(permissions) + ")";
    }
}
