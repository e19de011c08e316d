package io.hactl.lab;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The part of the prober that runs inside a namespace, as its own small JVM started with {@code ip netns exec}: a
 * JVM cannot move a thread into another network namespace (setns is not reachable from Java), and a child process
 * is the simplest way to own a UDP socket there. It has nothing but JDK and this class's module on its class path.
 *
 * <pre>
 * probe target=IP port=5060 local=IP interval=10ms max=10m id=RUN
 *     prints "ready", then one line per request sent and per reply received (see {@link ProbeEvent}), until its
 *     standard input closes (the parent stopped it or died) or {@code max} has passed: the loop is bounded.
 * ping target=IP port=5060 timeout=5s
 *     sends an OPTIONS every 20 ms until a 200 comes back (exit 0) or the timeout passes (exit 1).
 * </pre>
 */
public final class ProbeMain {

    private ProbeMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ProbeMain probe|ping key=value…");
            System.exit(64);
        }
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        switch (args[0]) {
            case "probe" -> probe(opts);
            case "ping" -> System.exit(ping(opts) ? 0 : 1);
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(64);
            }
        }
    }

    private static void probe(Map<String, String> opts) throws IOException, InterruptedException {
        String target = opts.get("target");
        int port = Integer.parseInt(opts.getOrDefault("port", "5060"));
        String local = opts.get("local");
        Duration interval = Durations.parse(opts.getOrDefault("interval", "10ms"));
        Duration max = Durations.parse(opts.getOrDefault("max", "10m"));
        String id = opts.getOrDefault("id", Long.toHexString(System.nanoTime()));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(local, 0))) {
            InetSocketAddress to = new InetSocketAddress(target, port);
            int localPort = socket.getLocalPort();
            Thread receiver = new Thread(() -> receive(socket, out), "receiver");
            receiver.setDaemon(true);
            receiver.start();
            AtomicLong seq = new AtomicLong();
            ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
            sender.scheduleAtFixedRate(() -> {
                long n = seq.incrementAndGet();
                String callId = id + "-" + n;
                byte[] bytes = SipOptions.request(target, port, local, localPort, callId, n).getBytes(StandardCharsets.UTF_8);
                Instant sent = Instant.now();
                try {
                    socket.send(new DatagramPacket(bytes, bytes.length, to));
                } catch (IOException e) {
                    // The request never left (no route yet): a caller sees that as unanswered too, so it still counts.
                }
                out.println(new ProbeEvent.Sent(callId, sent).line());
            }, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
            out.println("ready");
            Thread stdin = new Thread(ProbeMain::drainStdin, "stdin");
            stdin.setDaemon(true);
            stdin.start();
            stdin.join(max.toMillis());
            sender.shutdownNow();
            sender.awaitTermination(1, TimeUnit.SECONDS);
        }
        out.println("done");
        System.exit(0);
    }

    private static void receive(DatagramSocket socket, PrintStream out) {
        byte[] buffer = new byte[65535];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                // An ICMP port unreachable (nothing listening on the VIP yet) surfaces here: not a reply, go on.
                continue;
            }
            Instant received = Instant.now();
            String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            SipOptions.parse(text).ifPresent(r -> out.println(new ProbeEvent.Replied(r.callId(), received,
                    packet.getAddress().getHostAddress(), r.status(), r.node().orElse("-")).line()));
        }
    }

    private static void drainStdin() {
        try {
            while (System.in.read() >= 0) {
                // nothing is sent on stdin; its end is the stop signal
            }
        } catch (IOException e) {
            // parent gone
        }
    }

    private static boolean ping(Map<String, String> opts) throws IOException {
        String target = opts.get("target");
        int port = Integer.parseInt(opts.getOrDefault("port", "5060"));
        Duration timeout = Durations.parse(opts.getOrDefault("timeout", "5s"));
        long deadline = System.nanoTime() + timeout.toNanos();
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(new InetSocketAddress(target, port));
            socket.setSoTimeout(20);
            String local = socket.getLocalAddress().getHostAddress();
            byte[] buffer = new byte[65535];
            for (long n = 1; System.nanoTime() < deadline; n++) {
                String callId = "ping-" + ProcessHandle.current().pid() + "-" + n;
                byte[] bytes = SipOptions.request(target, port, local, socket.getLocalPort(), callId, n)
                        .getBytes(StandardCharsets.UTF_8);
                try {
                    socket.send(new DatagramPacket(bytes, bytes.length));
                    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                    socket.receive(packet);
                    var reply = SipOptions.parse(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
                    if (reply.isPresent() && reply.get().status() == 200) {
                        System.out.println("answered by " + reply.get().node().orElse("-"));
                        return true;
                    }
                } catch (SocketTimeoutException e) {
                    // no answer within 20 ms: send the next one
                } catch (IOException e) {
                    // port unreachable (not listening yet): wait the interval and try again
                    sleepQuietly(Duration.ofMillis(20));
                }
            }
        }
        return false;
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
