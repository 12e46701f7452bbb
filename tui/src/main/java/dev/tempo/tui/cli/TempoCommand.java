package dev.tempo.tui.cli;

import picocli.CommandLine.Command;

/** {@code tempo}: the top-level command; {@code tempo test} is where the work is. */
@Command(name = "tempo", mixinStandardHelpOptions = true, version = "tempo " + Version.VERSION,
        description = "A fast, Jest/bun-test-compatible JavaScript and TypeScript test runner for the JVM.")
public final class TempoCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("Usage: tempo test [paths…] [flags]   (tempo --help for more)");
    }
}
