package io.hactl.lab;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One OPTIONS request and every reply that came back for its Call-ID (normally none or one; two from different
 * nodes means both received the same request).
 */
public record Probe(String callId, Instant sent, List<Reply> replies) {

    public Probe {
        replies = List.copyOf(replies);
    }

    /** The first 2xx reply, if any. */
    public Optional<Reply> answer() {
        return replies.stream().filter(Reply::answered).findFirst();
    }
}
