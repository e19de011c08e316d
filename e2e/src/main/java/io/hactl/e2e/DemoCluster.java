package io.hactl.e2e;

import io.hactl.lab.CommandResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What the demo drives: a cluster it can break, ask with hactl, and watch serving. */
interface DemoCluster extends AutoCloseable {

    /** One line saying what runs where and how callers are watched. */
    String describe();

    int nodes();

    void startAll();

    /** The node serving now (answering callers, or running the whole group), if any. */
    Optional<String> serving();

    /** The outage callers saw around {@code fault}, if this cluster measures it itself (a SIP caller does). */
    Optional<Duration> outageAround(Instant fault);

    /** Whether the cluster is quiet enough for a fault (the VIP's announcements are over). */
    boolean settled();

    void loseNode(int n);

    void restoreNode(int n);

    boolean isLost(int n);

    void crashService(int n);

    CommandResult hactl(int n, String... args);

    Path controlSocket(int n);

    @Override
    void close();
}
