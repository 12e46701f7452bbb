package dev.tempo.tui.cli;

import dev.tempo.engine.config.UsageException;
import picocli.CommandLine;

/** The `tempo` executable. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new EngineLauncher()));
    }

    /** Parses and runs; bad input prints one clear line and exits 1, as bun does. */
    public static int run(String[] args, RunLauncher launcher) {
        CommandLine cli = new CommandLine(new TempoCommand());
        cli.addSubcommand("test", new TestCommand(launcher));
        cli.setParameterExceptionHandler((e, a) -> {
            System.err.println("error: " + e.getMessage());
            System.err.println("Run 'tempo test --help' for the flags.");
            return 1;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            if (e instanceof UsageException u) {
                System.err.println(u.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
