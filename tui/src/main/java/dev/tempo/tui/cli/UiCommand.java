package dev.tempo.tui.cli;

import dev.tempo.engine.config.BunfigException;
import dev.tempo.engine.config.RunOptions;
import dev.tempo.engine.discovery.DiscoveryException;
import dev.tempo.engine.discovery.TestDiscovery;
import dev.tempo.themes.Theme;
import dev.tempo.themes.ThemeChoice;
import dev.tempo.themes.ThemeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tempo ui [paths…]} (and {@code tempo} alone): the full-screen interface in watch mode. Without a
 * terminal it says so in one line and runs the tests once with the line reporter, as {@code tempo test}.
 */
@Command(name = "ui",
        usageHelpAutoWidth = true,
        header = "Open the full-screen test interface, watching for changes (the default when tempo runs on a terminal).",
        synopsisHeading = "%nUsage: ",
        customSynopsis = "tempo ui [flags] [<paths or filters>...]",
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nFlags:%n",
        footer = {"", "Press ? inside for the keys. Without a terminal, runs the tests once like `tempo test`."})
final class UiCommand implements Callable<Integer> {
    static final String NO_TERMINAL = "tempo: no terminal (stdin or stdout is not a TTY), so no full-screen UI: running the tests once with the line reporter";

    private final RunLauncher launcher;
    private final CliEnvironment env;

    @Parameters(paramLabel = "<paths or filters>", arity = "0..*", description = "As for tempo test: substring filters or ./paths.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-t", "--test-name-pattern"}, paramLabel = "<regex>", description = "Start with this test-name filter.")
    String testNamePattern;

    @Option(names = "--theme", paramLabel = "<name|file>",
            description = "dark, light, high-contrast, no-color, or a .toml theme file (default: bunfig [test] theme, .tempo/theme.toml, else dark; no-color under NO_COLOR).")
    String theme;

    @Option(names = {"-c", "--config"}, paramLabel = "<file>", description = "Read this bunfig file instead of ./bunfig.toml.")
    String config;

    @Option(names = "--cwd", paramLabel = "<dir>", description = "Run as if started in this directory.")
    String cwd;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    UiCommand(RunLauncher launcher, CliEnvironment env) {
        this.launcher = launcher;
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        TestCommand test = new TestCommand(launcher, env);
        test.paths = paths;
        test.testNamePattern = testNamePattern;
        test.config = config;
        test.cwd = cwd;
        test.theme = theme;
        if (!(env.terminal() && System.console() != null) || !(launcher instanceof EngineLauncher engine)) {
            env.err().println(NO_TERMINAL);
            env.err().flush();
            return test.call();
        }
        test.watch = true;
        RunOptions options;
        Theme chosen;
        try {
            options = test.resolve();
            chosen = ThemeChoice.resolve(theme, options.rootDir(), env.env());
        } catch (UsageException | BunfigException | ThemeException e) {
            env.err().println("error: " + e.getMessage());
            env.err().flush();
            return 1;
        }
        TestDiscovery.Result found;
        try {
            found = TestDiscovery.discover(options);
        } catch (DiscoveryException e) {
            env.err().println(e.getMessage());
            return 1;
        }
        if (found.isEmpty()) {
            env.err().println(found.noTestsMessage("tempo ui"));
            return found.exitCodeWhenEmpty(options.passWithNoTests());
        }
        return new UiMode(engine, options, new RunLauncher.Watching(test::resolve, false), chosen).run(found.files(), env);
    }
}
