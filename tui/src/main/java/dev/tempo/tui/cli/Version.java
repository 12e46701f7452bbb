package dev.tempo.tui.cli;

import picocli.CommandLine.IVersionProvider;

/** The tempo version: the jar manifest's Implementation-Version, else the development version. */
public final class Version implements IVersionProvider {
    public static final String DEVELOPMENT = "0.1.0-SNAPSHOT";

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? DEVELOPMENT : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"tempo " + current()};
    }
}
