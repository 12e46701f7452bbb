package dev.tempo.tui.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code tempo} command: {@code tempo test …} runs tests; {@code --help} and {@code --version}.
 * Use {@link #execute(String...)} to get the exit code; nothing here calls System.exit.
 */
@Command(name = "tempo",
        versionProvider = Version.class,
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "tempo: a Jest/bun-test-compatible JavaScript and TypeScript test runner for the JVM.",
        synopsisHeading = "%nUsage: ",
        customSynopsis = {"tempo [<command>] [flags]", "", "With no command on a terminal, tempo opens the full-screen interface (tempo ui)."},
        commandListHeading = "%nCommands:%n",
        optionListHeading = "%nFlags:%n",
        footer = {"", "Run \"tempo test --help\" for the test runner's flags."})
public final class TempoCommand implements java.util.concurrent.Callable<Integer> {

    private final RunLauncher launcher;
    private final CliEnvironment env;

    @Spec
    CommandSpec spec;

    public TempoCommand(RunLauncher launcher) {
        this(launcher, CliEnvironment.system());
    }

    public TempoCommand(RunLauncher launcher, CliEnvironment env) {
        this.launcher = launcher;
        this.env = env;
    }

    /** Parses and runs; returns the process exit code (1 for a bad command line, like bun). */
    public int execute(String... args) {
        CommandLine cmd = new CommandLine(this);
        cmd.addSubcommand("test", new CommandLine(new TestCommand(launcher, env)));
        cmd.addSubcommand("ui", new CommandLine(new UiCommand(launcher, env)));
        cmd.setOut(new java.io.PrintWriter(env.out(), true));
        cmd.setErr(new java.io.PrintWriter(env.err(), true));
        cmd.setOverwrittenOptionsAllowed(true); // bun lets a later flag win: --bail=2 --bail=3
        cmd.setParameterExceptionHandler(this::badCommandLine);
        cmd.setExecutionExceptionHandler((e, c, parsed) -> {
            env.err().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            env.err().flush();
            return 1;
        });
        int code = cmd.execute(normalize(args));
        env.out().flush();
        env.err().flush();
        return code;
    }

    @picocli.CommandLine.Option(names = "--theme", paramLabel = "<name|file>",
            description = "The interface's theme: dark, light, high-contrast, no-color, or a .toml theme file.")
    String theme;

    /** {@code tempo} with no command: the full-screen interface on a terminal, else one run with the line reporter. */
    @Override
    public Integer call() throws Exception {
        UiCommand ui = new UiCommand(launcher, env);
        ui.theme = theme;
        return ui.call();
    }

    /**
     * bun takes a value for --bail and --parallel (and tempo for --changed) only with '=' (`--bail 3` is --bail plus the filter "3"),
     * so the bare flags become their defaults before picocli sees them.
     */
    static String[] normalize(String[] args) {
        List<String> out = new ArrayList<>(args.length);
        boolean rest = false;
        for (String a : args) {
            if (!rest && a.equals("--")) rest = true;
            if (!rest && a.equals("--bail")) out.add("--bail=1");
            else if (!rest && a.equals("--changed")) out.add("--changed=HEAD");
            else if (!rest && a.equals("--parallel")) out.add("--parallel=" + Runtime.getRuntime().availableProcessors());
            else out.add(a);
        }
        return out.toArray(String[]::new);
    }

    private int badCommandLine(ParameterException ex, String[] args) {
        String message;
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && u.getUnmatched().get(0).startsWith("-")) {
            String arg = u.getUnmatched().get(0);
            message = "unknown flag '" + arg + "'";
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) message += " (did you mean " + String.join(" or ", suggestions) + "?)";
        } else if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()
                && m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec o) {
            message = "The argument '" + o.longestName() + "' requires a value but none was supplied.";
        } else if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && ex.getCommandLine().getCommandSpec().subcommands().size() > 0) {
            message = "unknown command '" + u.getUnmatched().get(0) + "'";
        } else if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o
                && (o.type() == boolean.class || o.type() == Boolean.class) && ex.getMessage().contains("is not a boolean")) {
            message = "The argument '" + o.longestName() + "' does not take a value.";
        } else {
            message = ex.getMessage();
        }
        boolean test = ex.getCommandLine().getCommandName().equals("test");
        env.err().println("error: " + message + " (" + (test ? TestCommand.HELP_HINT : "see tempo --help") + ")");
        env.err().flush();
        return 1;
    }
}
