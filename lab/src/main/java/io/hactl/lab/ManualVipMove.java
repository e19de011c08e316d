package io.hactl.lab;

import java.time.Duration;
import java.time.Instant;

/**
 * What an admin (or a script, with no cluster at all) does when the SIP server on the active node crashes: the
 * baseline a cluster's failover is compared with. On a lab with nodes ast1 and ast2: the VIP and kamailio on ast1,
 * the prober calling the VIP; then kamailio is killed (-9, workers too), the VIP is deleted from ast1 and added to
 * ast2, ast2 announces it with gratuitous ARP, and kamailio starts on ast2 bound to the VIP.
 *
 * <p>{@code hold} requests must go unanswered after the kill before the VIP moves (0 moves at once): a test uses it to
 * create an outage it knows a lower bound of, the benchmark moves at once to measure the move itself.
 */
public final class ManualVipMove {

    /** The steps' instants, from the same wall clock the prober uses, and what the prober saw. */
    public record Result(Instant killed, Instant vipMoved, Instant kamailioStarted, Instant answering,
                         OutageReport report) {}

    /**
     * @param vip           the address that moves
     * @param hold          unanswered requests to wait for after the kill before moving
     * @param arpCount      gratuitous ARPs sent by the new holder
     * @param arpInterval   time between them
     * @param timeout       bound on every wait
     */
    public record Settings(String vip, int hold, int arpCount, Duration arpInterval, Duration timeout) {
        public static Settings immediate() {
            return new Settings(NetworkLab.address(100), 0, 3, Duration.ofMillis(200), Duration.ofSeconds(20));
        }

        public Settings withHold(int requests) {
            return new Settings(vip, requests, arpCount, arpInterval, timeout);
        }
    }

    private final NetworkLab lab;
    private final Settings settings;
    private final Host from;
    private final Host to;
    private Kamailio active;

    public ManualVipMove(NetworkLab lab, Settings settings) {
        this.lab = lab;
        this.settings = settings;
        this.from = lab.node(1);
        this.to = lab.node(2);
    }

    /** The VIP and kamailio on ast1, answering, and the client's neighbour entry pointing at ast1. */
    public Kamailio setUp() {
        lab.addAddress(from, settings.vip());
        lab.announce(from, settings.vip(), 1, settings.arpInterval());
        active = Kamailio.start(lab, from, settings.vip());
        active.awaitAnswering(settings.timeout());
        return active;
    }

    /** Waits until the prober hears ast1, then crashes and moves the service; returns once ast2 has answered it. */
    public Result run(SipProber prober) {
        Instant since = Instant.now();
        // A second of steady answers first: the prober's JVM has compiled its loop by then and sends on time.
        Conditions.await(() -> prober.timeline().answersFrom(from.name(), since) >= 100, settings.timeout(),
                "100 answers from " + from.name() + " before the fault");
        Instant killed = Instant.now();
        active.kill();
        if (settings.hold() > 0) {
            Conditions.await(() -> prober.timeline().unansweredSinceLastAnswer() >= settings.hold(), settings.timeout(),
                    settings.hold() + " unanswered requests after the kill");
        }
        lab.deleteAddress(from, settings.vip());
        lab.addAddress(to, settings.vip());
        Instant vipMoved = Instant.now();
        lab.announce(to, settings.vip(), settings.arpCount(), settings.arpInterval());
        Instant kamailioStarted = Instant.now();
        active = Kamailio.start(lab, to, settings.vip());
        Instant answering = active.awaitAnswering(settings.timeout());
        String mac = lab.mac(to);
        Conditions.await(() -> prober.timeline().outageAround(killed).macAfter().isPresent()
                        && prober.lastMacOf(to.name()).isPresent(),
                settings.timeout(), "the prober hearing " + to.name() + " at " + mac);
        return new Result(killed, vipMoved, kamailioStarted, answering, prober.timeline().outageAround(killed));
    }
}
