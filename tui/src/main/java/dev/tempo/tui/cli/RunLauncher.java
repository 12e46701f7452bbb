package dev.tempo.tui.cli;

import dev.tempo.engine.config.RunOptions;

/** Runs what the command line asked for and returns the process exit code. */
@FunctionalInterface
public interface RunLauncher {
    int launch(RunOptions options);
}
