package io.hactl.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import io.hactl.config.LogSettings;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Configures Logback from ha.cf's logging directives. The sinks:
 * <ul>
 *   <li>{@code logfile}: INFO and above; {@code debugfile}: everything logged (DEBUG when {@code debug > 0});</li>
 *   <li>{@code logfacility} (or {@code use_logd yes}, which means facility daemon): syslog through /dev/log;</li>
 *   <li>stderr with journald priority prefixes, unless syslog is configured: under systemd stderr reaches the
 *       journal, which forwards to syslog, so writing both would log every line twice.</li>
 * </ul>
 */
public final class LogbackSetup {
    private LogbackSetup() {}

    /** The syslog facility the settings ask for, if any: what a {@link SyslogSink} must be opened for. */
    public static Optional<String> syslogFacility(LogSettings settings) {
        return settings.syslogFacility().or(() -> settings.useLogd() ? Optional.of("daemon") : Optional.empty());
    }

    /**
     * Replaces any earlier configuration.
     *
     * @param node       this node's name, written in file lines as Heartbeat does
     * @param syslogSink the open syslog socket when {@link #syslogFacility} asked for one and it could be opened
     */
    public static void apply(LogSettings settings, String node, Optional<SyslogSink> syslogSink) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(settings.debugLevel() > 0 ? Level.DEBUG : Level.INFO);
        // The messaging library's own DEBUG output is only for debug 2 and above: it is mechanics, not state.
        context.getLogger("org.jgroups").setLevel(settings.debugLevel() >= 2 ? Level.DEBUG : Level.WARN);
        context.getLogger("io.netty").setLevel(settings.debugLevel() >= 2 ? Level.DEBUG : Level.WARN);

        ZoneId zone = ZoneId.systemDefault();
        Optional<String> facility = syslogFacility(settings);
        if (facility.isPresent() && syslogSink.isPresent()) {
            SyslogAppender syslog = new SyslogAppender(syslogSink.get(), SyslogFacility.named(facility.get()), zone);
            start(context, root, syslog, "syslog", Level.INFO);
        } else {
            root.addAppender(console(context, settings));
        }
        settings.logfile().ifPresent(file -> root.addAppender(file(context, "logfile", file, Level.INFO, node, zone)));
        settings.debugfile().ifPresent(file -> root.addAppender(file(context, "debugfile", file, Level.ALL, node, zone)));
    }

    /** Stderr in the journald format at INFO: what tools and tests get before any configuration is read. */
    public static void applyDefaults() {
        apply(LogSettings.defaults(), "", Optional.empty());
    }

    private static Appender<ILoggingEvent> console(LoggerContext context, LogSettings settings) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setTarget("System.err");
        console.setEncoder(encoder(context, new JournalLayout()));
        start(context, null, console, "stderr", settings.debugLevel() > 0 ? Level.ALL : Level.INFO);
        return console;
    }

    private static Appender<ILoggingEvent> file(
            LoggerContext context, String name, Path path, Level threshold, String node, ZoneId zone) {
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setFile(path.toString());
        file.setAppend(true);
        file.setPrudent(false);
        file.setEncoder(encoder(context, new FileLayout(node, zone)));
        start(context, null, file, name, threshold);
        return file;
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context, Layout<ILoggingEvent> layout) {
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }

    private static void start(LoggerContext context, Logger attachTo, Appender<ILoggingEvent> appender, String name, Level threshold) {
        appender.setContext(context);
        appender.setName(name);
        ThresholdFilter filter = new ThresholdFilter();
        filter.setLevel(threshold.levelStr);
        filter.setContext(context);
        filter.start();
        appender.addFilter(filter);
        appender.start();
        if (attachTo != null) {
            attachTo.addAppender(appender);
        }
    }
}
