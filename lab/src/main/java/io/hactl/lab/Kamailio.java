package io.hactl.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real kamailio (Debian package {@code kamailio}) running inside a lab host, in the foreground ({@code -DD}: no
 * daemonising fork, so the pid we hold is kamailio's main process) and logging to stderr ({@code -E}) into the lab's
 * log directory. Kamailio forks workers that outlive a SIGKILL of the main process and keep answering; so every
 * signal here goes to kamailio's process group, which is what a crash or a hang of the service means for callers.
 */
public final class Kamailio {

    private final NetworkLab lab;
    private final Host host;
    private final KamailioConfig config;
    private final LabProcess process;

    private Kamailio(NetworkLab lab, Host host, KamailioConfig config, LabProcess process) {
        this.lab = lab;
        this.host = host;
        this.config = config;
        this.process = process;
    }

    /** Starts kamailio on {@code host}, bound to {@code address}:5060, answering with {@code X-Node: host.name()}. */
    public static Kamailio start(NetworkLab lab, Host host, String address) {
        return start(lab, host, new KamailioConfig(host.name(), address, 5060));
    }

    public static Kamailio start(NetworkLab lab, Host host, KamailioConfig config) {
        Path dir = lab.logDir().resolve("kamailio-" + host.name() + "-" + System.nanoTime());
        Path cfg = dir.resolve("kamailio.cfg");
        try {
            Files.createDirectories(dir);
            Files.writeString(cfg, config.text());
        } catch (IOException e) {
            throw new LabException("cannot write " + cfg, e);
        }
        // -Y: its runtime directory (FIFOs, pid) is ours, not /run/kamailio; -m/-M: small shared/private memory.
        LabProcess p = lab.start(host, "kamailio-" + host.name(), List.of("kamailio", "-f", cfg.toString(),
                "-DD", "-E", "-Y", dir.toString(), "-m", "32", "-M", "4"));
        return new Kamailio(lab, host, config, p);
    }

    /**
     * Waits until kamailio answers an OPTIONS on its address, asked from inside its own host, and returns when it did.
     * Fails if it exited or stayed silent for {@code timeout}.
     */
    public Instant awaitAnswering(Duration timeout) {
        List<String> ping = ProbeCommand.javaCommand("ping", "target=" + config.address(),
                "port=" + config.port(), "timeout=" + Durations.format(timeout));
        LabProcess pinger = lab.start(host, "ping-" + host.name(), ping);
        boolean exited = pinger.awaitExit(timeout.plusSeconds(10));
        Instant answered = Instant.now();
        lab.stop(pinger);
        if (!exited || pinger.exitCode() != 0) {
            throw new LabException("kamailio on " + host.name() + " did not answer on " + config.address() + ":"
                    + config.port() + " within " + timeout.toMillis() + "ms"
                    + (process.isAlive() ? "" : " (it exited: see " + lab.logDir() + ")"));
        }
        return answered;
    }

    /** A crash: SIGKILL to kamailio and all its workers at once. */
    public void kill() {
        process.signal(LabProcess.Signal.KILL);
        process.awaitExit(Duration.ofSeconds(5));
    }

    /** A hang: SIGSTOP to every kamailio process; requests queue in the socket, unanswered. */
    public void pause() {
        process.signal(LabProcess.Signal.STOP);
    }

    /** The end of a hang: the queued requests are answered at once, late. */
    public void resume() {
        process.signal(LabProcess.Signal.CONT);
    }

    /** A clean stop: SIGTERM, then the group is killed if it is still there after {@code grace}. */
    public void stop(Duration grace) {
        process.signal(LabProcess.Signal.TERM);
        process.awaitExit(grace);
        lab.stop(process);
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    public LabProcess process() {
        return process;
    }

    public Host host() {
        return host;
    }

    public KamailioConfig config() {
        return config;
    }
}
