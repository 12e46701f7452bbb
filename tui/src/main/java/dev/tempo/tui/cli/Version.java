package dev.tempo.tui.cli;

/** tempo's version, shown in the report header and by --version. */
public final class Version {
    public static final String VERSION = "0.1.0";

    private Version() {}
}
