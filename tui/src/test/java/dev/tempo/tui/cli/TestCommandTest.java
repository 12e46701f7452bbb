package dev.tempo.tui.cli;

import dev.tempo.engine.config.RunOptions;
import dev.tempo.engine.config.RunOptions.Reporter;
import dev.tempo.engine.events.RunEvent.TestFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestCommandTest {

    @TempDir
    Path root;

    final Map<String, String> envVars = new HashMap<>();
    boolean terminal;
    java.io.ByteArrayOutputStream out;
    java.io.ByteArrayOutputStream err;
    RunOptions launched;
    List<TestFile> launchedFiles;
    int launcherExit = 0;

    @BeforeEach
    void tree() throws IOException {
        write("src/a.test.ts", "");
        write("src/utils/b_test.js", "");
        write("lib/plain.ts", "");
    }

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private int run(String... args) {
        out = new java.io.ByteArrayOutputStream();
        err = new java.io.ByteArrayOutputStream();
        launched = null;
        launchedFiles = null;
        var env = new CliEnvironment(root, envVars, terminal, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        return new TempoCommand((options, files) -> {
            launched = options;
            launchedFiles = files;
            return launcherExit;
        }, env).execute(args);
    }

    private RunOptions options(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "test";
        System.arraycopy(args, 0, full, 1, args.length);
        int code = run(full);
        assertThat(code).as("exit code; stderr: %s", err).isZero();
        assertThat(launched).isNotNull();
        return launched;
    }

    /** Runs, expects exit 1 and returns stderr. */
    private String failure(String... args) {
        int code = run(args);
        assertThat(code).as("exit code").isEqualTo(1);
        assertThat(launched).isNull();
        return err.toString();
    }

    @Test
    void noFlagsGiveBunsDefaultsAndAllFiles() {
        RunOptions o = options();
        assertThat(o.rootDir()).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(o.timeoutMillis()).isEqualTo(5000);
        assertThat(o.bail()).isZero();
        assertThat(o.reporter()).isEqualTo(Reporter.DEFAULT);
        assertThat(o.color()).isFalse();
        assertThat(o.configFile()).isNull();
        assertThat(launchedFiles).extracting(TestFile::displayPath).containsExactly("src/a.test.ts", "src/utils/b_test.js");
    }

    @Test
    void launcherExitCodeIsReturned() {
        launcherExit = 7;
        assertThat(run("test")).isEqualTo(7);
    }

    @Test
    void everyFlag() {
        RunOptions o = options("-t", "adds? \\d", "--only", "--todo", "--bail=3", "--timeout", "250", "--rerun-each=2",
                "--retry=4", "--randomize", "--seed=42", "--concurrent", "--concurrent-test-glob", "**/c-*.test.ts",
                "--max-concurrency=5", "--reporter=junit", "--reporter-outfile", "out/junit.xml", "--only-failures",
                "--pass-with-no-tests", "--preload", "./setup.ts", "-r", "./more.ts", "--path-ignore-patterns", "vendor/**",
                "--path-ignore-patterns=fixtures/**", "--conditions", "source", "--conditions=dev", "-u", "--watch", "--parallel=3", "--shard=2/3", "--color", "utils");
        assertThat(o.testNamePattern().matcher("it adds 1").find()).isTrue();
        assertThat(o.testNamePatternSource()).isEqualTo("adds? \\d");
        assertThat(o.only()).isTrue();
        assertThat(o.todo()).isTrue();
        assertThat(o.bail()).isEqualTo(3);
        assertThat(o.timeoutMillis()).isEqualTo(250);
        assertThat(o.rerunEach()).isEqualTo(2);
        assertThat(o.retry()).isEqualTo(4);
        assertThat(o.randomize()).isTrue();
        assertThat(o.seed()).isEqualTo(42L);
        assertThat(o.concurrent()).isTrue();
        assertThat(o.concurrentTestGlobs()).containsExactly("**/c-*.test.ts");
        assertThat(o.maxConcurrency()).isEqualTo(5);
        assertThat(o.reporter()).isEqualTo(Reporter.JUNIT);
        assertThat(o.junitOutfile()).isEqualTo(root.toAbsolutePath().normalize().resolve("out/junit.xml"));
        assertThat(o.onlyFailures()).isTrue();
        assertThat(o.passWithNoTests()).isTrue();
        assertThat(o.preload()).containsExactly("./setup.ts", "./more.ts");
        assertThat(o.pathIgnorePatterns()).containsExactly("vendor/**", "fixtures/**");
        assertThat(o.conditions()).containsExactly("source", "dev");
        assertThat(o.updateSnapshots()).isTrue();
        assertThat(o.watch()).isTrue();
        assertThat(o.parallelism()).isEqualTo(3);
        assertThat(o.shard()).isEqualTo(new RunOptions.Shard(2, 3));
        assertThat(o.color()).isTrue();
        assertThat(o.pathFilters()).containsExactly("utils");
        assertThat(launchedFiles).extracting(TestFile::displayPath).containsExactly("src/utils/b_test.js");
    }

    @Test
    void bailWithoutValueIsOneAndTakesNoSeparateValue() {
        assertThat(options("--bail").bail()).isEqualTo(1);
        assertThat(options("--bail=5").bail()).isEqualTo(5);
        assertThat(options("--bail=2", "--bail=3").bail()).isEqualTo(3);
        // like bun, `--bail 3` is --bail plus the path filter "3"
        String e = failure("test", "--bail", "3");
        assertThat(e).contains("The following filters did not match any test files:\n 3\n");
    }

    @Test
    void dotsAndReporterNames() {
        RunOptions dots = options("--dots");
        assertThat(dots.reporter()).isEqualTo(Reporter.DOTS);
        assertThat(dots.dots()).isTrue();
        assertThat(options("--reporter", "dots").reporter()).isEqualTo(Reporter.DOTS);
        assertThat(options("--reporter=junit", "--reporter-outfile=j.xml", "--dots").dots()).isTrue();
    }

    @Test
    void parallelAloneMeansEveryCore() {
        assertThat(options("--parallel").parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void colourFollowsEnvironmentAndFlag() {
        terminal = true;
        assertThat(options().color()).isTrue();
        envVars.put("NO_COLOR", "1");
        assertThat(options().color()).isFalse();
        assertThat(options("--color").color()).isTrue();
        envVars.clear();
        assertThat(options("--no-color").color()).isFalse();
        terminal = false;
        envVars.put("FORCE_COLOR", "1");
        assertThat(options().color()).isTrue();
    }

    @Test
    void badValuesGiveBunsMessagesAndExitOne() {
        assertThat(failure("test", "--timeout=abc")).isEqualTo("error: Invalid timeout: \"abc\"\n");
        assertThat(failure("test", "--timeout", "-5")).startsWith("error: Invalid timeout: \"-5\"");
        assertThat(failure("test", "--timeout")).startsWith(
                "error: The argument '--timeout' requires a value but none was supplied.");
        assertThat(failure("test", "--reporter=xml")).startsWith(
                "error: unsupported reporter format 'xml'. Available options: 'junit' (for XML test results), 'dots'");
        assertThat(failure("test", "--reporter=junit")).startsWith(
                "error: --reporter=junit requires --reporter-outfile [file] to specify where to save the XML report");
        assertThat(failure("test", "--bail=0")).startsWith("error: --bail expects a number greater than 0");
        assertThat(failure("test", "--bail=abc")).startsWith("error: --bail expects a number, received \"abc\"");
        assertThat(failure("test", "--seed=abc")).startsWith("error: Invalid seed value: abc");
        assertThat(failure("test", "--seed=99999999999")).startsWith("error: Invalid seed value: 99999999999");
        assertThat(failure("test", "--rerun-each=x")).startsWith("error: --rerun-each expects a number, received \"x\"");
        assertThat(failure("test", "--retry=-1")).startsWith("error: --retry expects a number, received \"-1\"");
        assertThat(failure("test", "--max-concurrency=x")).startsWith("error: Invalid max-concurrency: \"x\"");
        assertThat(failure("test", "--parallel=0")).startsWith("error: --parallel expects a positive integer, received \"0\"");
        assertThat(failure("test", "--shard=x")).startsWith("error: --shard expects 'index/count', e.g. --shard=1/3");
        assertThat(failure("test", "--shard=4/3")).startsWith("error: --shard index must be between 1 and 3, got 4");
        assertThat(failure("test", "-t", "(")).startsWith(
                "error: --test-name-pattern expects a valid regular expression but received \"(\"");
        assertThat(failure("test", "--todo=3")).startsWith("error: The argument '--todo' does not take a value.");
    }

    @Test
    void unknownFlagsAndCommands() {
        assertThat(failure("test", "--frobnicate")).isEqualTo(
                "error: unknown flag '--frobnicate' (see tempo test --help)\n");
        assertThat(failure("test", "--onyl")).startsWith("error: unknown flag '--onyl' (did you mean --only");
        assertThat(failure("test", "-x")).startsWith("error: unknown flag '-x'");
        assertThat(failure("tst")).isEqualTo("error: unknown command 'tst' (see tempo --help)\n");
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).isEqualTo("tempo " + Version.current() + "\n");
        assertThat(run("test", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: tempo test", "--test-name-pattern=<regex>", "--bail=<n>",
                "--pass-with-no-tests", "Examples:");
        assertThat(launched).isNull();
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Commands:", "test");
    }

    @Test
    void discoveryProblemsExitLikeBun() {
        assertThat(failure("test", "./nope")).isEqualTo("Test filter \"./nope\" had no matches\n");
        assertThat(out.toString()).startsWith("tempo test v");
        assertThat(failure("test", "./nope", "--pass-with-no-tests")).contains("had no matches");
        assertThat(failure("test", "nope")).startsWith("The following filters did not match any test files:\n nope\n");
        assertThat(run("test", "nope", "--pass-with-no-tests")).isZero();
        assertThat(launched).isNull();
        assertThat(failure("test", "lib/plain.ts")).contains(
                "note: To treat the \"lib/plain.ts\" filter as a path, run \"tempo test ./lib/plain.ts\"");
        assertThat(options("./lib/plain.ts").pathFilters()).containsExactly("./lib/plain.ts");
        assertThat(launchedFiles).extracting(TestFile::displayPath).containsExactly("lib/plain.ts");
    }

    @Test
    void noTestFilesAtAll(@TempDir Path empty) {
        var env = new CliEnvironment(empty, Map.of(), false, new java.io.PrintStream(out = new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err = new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8));
        RunLauncher never = (o, f) -> { throw new AssertionError("launched"); };
        assertThat(new TempoCommand(never, env).execute("test")).isEqualTo(1);
        assertThat(err.toString()).startsWith("No tests found!\n");
        assertThat(new TempoCommand(never, env).execute("test", "--pass-with-no-tests")).isZero();
    }

    @Test
    void flagsOverrideBunfig() throws IOException {
        write("bunfig.toml", """
                [test]
                timeout = 100
                bail = 2
                retry = 1
                preload = "./config-setup.ts"
                pathIgnorePatterns = ["src/utils/**"]
                randomize = true
                seed = 7
                onlyFailures = true
                [test.reporter]
                junit = "cfg.xml"
                """);
        RunOptions fromConfig = options();
        assertThat(fromConfig.timeoutMillis()).isEqualTo(100);
        assertThat(fromConfig.bail()).isEqualTo(2);
        assertThat(fromConfig.retry()).isEqualTo(1);
        assertThat(fromConfig.seed()).isEqualTo(7L);
        assertThat(fromConfig.randomize()).isTrue();
        assertThat(fromConfig.onlyFailures()).isTrue();
        assertThat(fromConfig.reporter()).isEqualTo(Reporter.JUNIT);
        assertThat(fromConfig.reporterOutfile()).isEqualTo(Path.of("cfg.xml"));
        assertThat(fromConfig.configFile()).isNotNull();
        assertThat(launchedFiles).extracting(TestFile::displayPath).containsExactly("src/a.test.ts");

        RunOptions flags = options("--timeout=300", "--bail", "--retry=0", "--seed=9", "--reporter-outfile=cli.xml",
                "--preload=./cli-setup.ts", "--path-ignore-patterns=src/a*");
        assertThat(flags.timeoutMillis()).isEqualTo(300);
        assertThat(flags.bail()).isEqualTo(1);
        assertThat(flags.retry()).isZero();
        assertThat(flags.seed()).isEqualTo(9L);
        assertThat(flags.reporterOutfile()).isEqualTo(Path.of("cli.xml"));
        assertThat(flags.preload()).containsExactly("./config-setup.ts", "./cli-setup.ts");
        assertThat(flags.pathIgnorePatterns()).containsExactly("src/a*"); // replaces, like bun
        assertThat(launchedFiles).extracting(TestFile::displayPath).containsExactly("src/utils/b_test.js");
        assertThat(flags.onlyFailures()).isTrue(); // untouched by flags
    }

    @Test
    void brokenBunfigIsOneLineAndExitOne() throws IOException {
        write("bunfig.toml", "[test]\nretry = \"2\"\n");
        assertThat(failure("test")).isEqualTo(
                "error: bunfig.toml:2:1: expected test.retry to be an integer but found a string\n");
        write("bunfig.toml", "[test\n");
        assertThat(failure("test")).startsWith("error: bunfig.toml:1:6: ").doesNotContain("\n\n");
    }

    @Test
    void configFlagChoosesAnotherFile() throws IOException {
        write("ci.toml", "[test]\nretry = 5\nroot = \"src/utils\"\n");
        RunOptions o = options("--config", "ci.toml");
        assertThat(o.retry()).isEqualTo(5);
        assertThat(launchedFiles).extracting(TestFile::displayPath).containsExactly("src/utils/b_test.js");
        assertThat(failure("test", "-c", "missing.toml")).startsWith("error: cannot read config \"")
                .contains("missing.toml\": no such file");
        write("bad.toml", "[test]\nroot = 1\n");
        assertThat(failure("test", "--config=bad.toml")).startsWith("error: bad.toml:2:1: ");
    }

    @Test
    void missingTestRootFromBunfig() throws IOException {
        write("bunfig.toml", "[test]\nroot = \"nope\"\n");
        assertThat(failure("test")).isEqualTo("Failed to scan non-existent root directory for tests: \""
                + root.toAbsolutePath().normalize().resolve("nope") + "\"\n");
    }

    @Test
    void cwdFlagMovesTheProjectRoot() {
        RunOptions o = options("--cwd", "src");
        assertThat(o.rootDir()).isEqualTo(root.toAbsolutePath().normalize().resolve("src"));
        assertThat(launchedFiles).extracting(TestFile::displayPath).containsExactly("a.test.ts", "utils/b_test.js");
    }

    @Test
    void normalizeOnlyTouchesBareBailAndParallelBeforeDoubleDash() {
        assertThat(TempoCommand.normalize(new String[] {"test", "--bail", "--bail=4", "--", "--bail"}))
                .containsExactly("test", "--bail=1", "--bail=4", "--", "--bail");
    }
}
