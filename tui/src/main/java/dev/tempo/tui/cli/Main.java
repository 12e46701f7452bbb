package dev.tempo.tui.cli;

import dev.tempo.engine.events.RunEvent.TestFile;

/** The {@code tempo} executable. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        CliEnvironment env = CliEnvironment.system();
        // TO BE REPLACED: a stand-in launcher that only lists the discovered files. The engine's real
        // runner (scheduler + reporters) plugs in here as the RunLauncher.
        RunLauncher listFiles = (options, files) -> {
            for (TestFile f : files) env.out().println(f.displayPath());
            env.out().flush();
            return 0;
        };
        System.exit(new TempoCommand(listFiles, env).execute(args));
    }
}
