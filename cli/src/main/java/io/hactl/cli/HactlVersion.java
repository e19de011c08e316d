package io.hactl.cli;

import picocli.CommandLine;

/** The version printed by {@code hactl --version} and {@code hactld --version}: the jar's Implementation-Version. */
public final class HactlVersion implements CommandLine.IVersionProvider {

    public static String current() {
        String version = HactlVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hactl " + current()};
    }
}
