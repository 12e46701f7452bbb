package dev.tempo.tui.cli;

import dev.tempo.engine.config.RunOptions;
import dev.tempo.engine.events.RunEvent.TestFile;

import java.util.List;

/**
 * Runs the tests once the command line is understood: gets the resolved options and the discovered
 * files (never empty, sorted by display path) and returns the process exit code. In watch mode
 * ({@link RunOptions#watch()}) it returns only when watching ends.
 */
@FunctionalInterface
public interface RunLauncher {
    int launch(RunOptions options, List<TestFile> files) throws Exception;

    /** As {@link #launch(RunOptions, List)}, with what watch mode needs besides the options. */
    default int launch(RunOptions options, List<TestFile> files, Watching watching) throws Exception {
        return launch(options, files);
    }

    /**
     * @param reload  resolves the options again from the command line and the configuration files, when
     *                bunfig.toml or package.json changes
     * @param verbose also say which changed files affected no test
     */
    record Watching(OptionsSource reload, boolean verbose) {}

    @FunctionalInterface
    interface OptionsSource {
        RunOptions resolve() throws Exception;
    }
}
