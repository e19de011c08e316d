package io.hactl.lab;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A caller in the client namespace: SIP OPTIONS to {@code target:port} over UDP every {@code interval} (10 ms by
 * default), each with its own Call-ID and branch, recording every reply with its send and receive times, source IP,
 * the node that answered ({@code X-Node}) and the frame's source MAC; {@link #timeline()} turns that into outages.
 *
 * <p>Two processes run in the client namespace, both started with {@code ip netns exec}:
 * <ul>
 *   <li>{@link ProbeMain}, a small JVM owning the UDP socket (a JVM cannot enter another namespace itself). It prints
 *       one line per request and per reply, timestamped where they happen; this side parses them.
 *   <li>{@code tcpdump -e}, for the source MAC. A UDP socket never sees Ethernet headers, and reading the client's
 *       neighbour table at each reply would tell where the client <em>sends</em>, not who <em>answered</em>: when two
 *       nodes hold the VIP, that is exactly what differs. The capture sees each reply frame's real source MAC, and we
 *       join it to the reply on Call-ID and X-Node (both in the frame's payload). Debian package {@code tcpdump}.
 * </ul>
 * Stopping (or this JVM dying, which closes the child's stdin) ends both; the child also stops by itself after
 * {@code maxDuration}, so a forgotten prober cannot send for ever.
 */
public final class SipProber implements AutoCloseable {

    /**
     * @param interval    time between requests
     * @param maxDuration the child stops sending after this long, whatever happens to us
     */
    public record Settings(Duration interval, Duration maxDuration) {
        public static Settings defaults() {
            return new Settings(Duration.ofMillis(10), Duration.ofMinutes(10));
        }
    }

    private final NetworkLab lab;
    private final Settings settings;
    private final Map<String, Instant> sent = new ConcurrentHashMap<>();
    private final Map<String, List<ProbeEvent.Replied>> replies = new ConcurrentHashMap<>();
    private final FrameCapture capture = new FrameCapture();
    private LabProcess tcpdump;
    private LabProcess child;

    private SipProber(NetworkLab lab, Settings settings) {
        this.lab = lab;
        this.settings = settings;
    }

    /** Starts probing {@code target:port} from the lab's client; returns once the first request has left. */
    public static SipProber start(NetworkLab lab, String target, int port, Settings settings) {
        SipProber prober = new SipProber(lab, settings);
        try {
            prober.startCapture(port);
            prober.startChild(target, port);
        } catch (RuntimeException e) {
            prober.close();
            throw e;
        }
        return prober;
    }

    public static SipProber start(NetworkLab lab, String target) {
        return start(lab, target, 5060, Settings.defaults());
    }

    private void startCapture(int port) {
        Host client = lab.client();
        // -Q in: replies only; -l: a line as soon as a frame arrives; -A: payload as text for Call-ID and X-Node.
        tcpdump = lab.start(client, "tcpdump", List.of("tcpdump", "-i", Host.INTERFACE, "-Q", "in", "-e", "-nn",
                "-l", "-A", "-s", "0", "udp and src port " + port), capture::accept);
        Conditions.await(() -> tcpdump.logged(l -> l.startsWith("listening on")) || !tcpdump.isAlive(),
                Duration.ofSeconds(15), "tcpdump listening in " + client.namespace());
        if (!tcpdump.isAlive()) {
            throw new LabException("tcpdump exited: " + tcpdump.lines());
        }
    }

    private void startChild(String target, int port) {
        String id = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
        List<String> command = ProbeCommand.javaCommand("probe", "target=" + target, "port=" + port,
                "local=" + lab.client().address(), "interval=" + settings.interval().toNanos() / 1_000_000 + "ms",
                "max=" + settings.maxDuration().toSeconds() + "s", "id=" + id);
        child = lab.start(lab.client(), "prober", command, this::onLine);
        Conditions.await(() -> child.logged("ready"::equals) || !child.isAlive(), Duration.ofSeconds(30),
                "the prober's first request");
        if (!child.isAlive()) {
            throw new LabException("the prober exited: " + child.lines());
        }
    }

    private void onLine(String line) {
        ProbeEvent.parse(line).ifPresent(event -> {
            if (event instanceof ProbeEvent.Sent s) {
                sent.put(s.callId(), s.sent());
            } else if (event instanceof ProbeEvent.Replied r) {
                replies.computeIfAbsent(r.callId(), k -> new CopyOnWriteArrayList<>()).add(r);
            }
        });
    }

    /** Everything so far, replies joined with the MACs the capture has printed so far. */
    public Timeline timeline() {
        List<Probe> probes = new ArrayList<>();
        sent.forEach((callId, at) -> {
            List<Reply> rs = replies.getOrDefault(callId, List.of()).stream()
                    .map(r -> new Reply(r.received(), r.sourceIp(), r.status(), r.node(),
                            capture.sourceMac(callId, r.node())))
                    .toList();
            probes.add(new Probe(callId, at, rs));
        });
        return new Timeline(probes);
    }

    /** The MAC of {@code node}'s latest answer, once the capture has shown it. */
    public Optional<String> lastMacOf(String node) {
        return timeline().probes().stream()
                .flatMap(p -> p.replies().stream())
                .filter(r -> r.node().equals(node) && r.sourceMac().isPresent())
                .reduce((a, b) -> b.received().isAfter(a.received()) ? b : a)
                .flatMap(Reply::sourceMac);
    }

    public Settings settings() {
        return settings;
    }

    /** Stops sending and capturing; {@link #timeline()} still answers afterwards. */
    @Override
    public void close() {
        if (child != null) {
            lab.stop(child);
        }
        if (tcpdump != null) {
            lab.stop(tcpdump);
        }
    }
}
