package io.hactl.config;

/** One key line of authkeys: {@code ID METHOD [SECRET]}. The secret is empty for crc. */
public record AuthKey(int id, AuthMethod method, String secret, int line) {

    @Override
    public String toString() {
        // Never print the secret, not even in a debug log.
        return "AuthKey[" + id + " " + method.configName() + "]";
    }
}
