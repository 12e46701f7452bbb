package dev.tempo.tui.screen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-screen interface on a real terminal: {@code tempo} (the real main class, in its own JVM) runs on
 * a copy of {@code examples/} with a failing test file added, inside a detached tmux session of a fixed
 * size. Keys go in with send-keys, the screen comes back with capture-pane. Checks the file tree, a
 * failure's diff in the details pane, the test-name filter, and that q gives the terminal back as it was.
 * Skipped when tmux is not installed.
 */
class TuiTmuxEndToEndTest {
    static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    static final String BROKEN_TEST = """
            import { test, expect } from "bun:test";

            test("adds tax", () => {
              console.log("computing tax");
              expect({ total: 10, tax: 2 }).toEqual({ total: 10, tax: 3 });
            });

            test("keeps the total", () => {
              expect(10).toBe(10);
            });
            """;

    /** A TypeScript syntax error: swc4j's native code reports it with a panic trace on fd 2. */
    static final String SYNTAX_ERROR_TEST = """
            import { test } from "bun:test";
            test("never runs", () => { const x: = 1; });
            """;

    @TempDir
    Path dir;

    private Tmux tmux;

    @AfterEach
    void killServer() throws Exception {
        if (tmux != null) tmux.killServer();
    }

    @Test
    void treeDiffFilterAndQuitOnARealTerminal() throws Exception {
        assumeTrue(Tmux.installed(), "tmux is not installed: the end-to-end run of the full-screen interface needs it (apt-get install tmux)");
        Path project = dir.resolve("project");
        copy(EXAMPLES, project);
        Files.writeString(project.resolve("test/broken.test.ts"), BROKEN_TEST);
        Files.writeString(project.resolve("test/syntax.test.ts"), SYNTAX_ERROR_TEST);
        Path script = dir.resolve("run-tempo.sh");
        Files.writeString(script, launchScript(project));

        tmux = Tmux.start(dir, 120, 40, "sh " + script);

        // The tree, once the first run is over: every file, the folder's counts, the failing file marked.
        String screen = tmux.waitFor("the first run to finish", s -> s.contains("● idle") && s.contains("4/4 files"));
        assertTrue(screen.contains("▾ ✗ test/"), screen);
        assertTrue(screen.contains("✗ broken.test.ts"), screen);
        assertTrue(screen.contains("✓ cart.test.ts"), screen);
        assertTrue(screen.contains("slugify.test.js"), screen);
        assertTrue(screen.contains("✗ syntax.test.ts"), screen);
        // Nothing a test or a native library printed reached the screen.
        assertFalse(screen.contains("computing tax"), screen);
        assertFalse(screen.contains("panicked"), screen);

        // The failing file's first test: its diff in the details pane.
        tmux.keys("Down");
        tmux.keys("Right");
        screen = tmux.waitFor("the failure's diff in the details pane", s -> s.contains("─ Details") && s.contains("-   \"tax\": 3,"));
        assertTrue(screen.contains("+   \"tax\": 2,"), screen);
        assertTrue(screen.contains("expect(received).toEqual(expected)"), screen);
        assertTrue(screen.contains("test/broken.test.ts:"), screen);

        // The test-name filter, applied as it is typed, on the tests of the whole folder.
        tmux.keys("Left");
        tmux.keys("Up");
        tmux.waitFor("the folder's tests", s -> s.contains("Tests · test/") && s.contains("slugifies titles") && s.contains("adds tax"));
        tmux.keys("/");
        tmux.typed("slug");
        screen = tmux.waitFor("the filtered tests", s -> s.contains("test name regex /slug/") && !s.contains("adds tax"));
        assertTrue(screen.contains("slugifies titles"), screen);
        tmux.typed("(");
        tmux.waitFor("the invalid regex shown inline", s -> s.contains("invalid regex"));
        tmux.keys("Escape");
        tmux.waitFor("the filter cleared", s -> s.contains("adds tax") && s.contains("q quit"));

        // q quits and the shell gets its terminal back (screen and modes) — Esc and q apart, or they read as Alt-q.
        Thread.sleep(300);
        tmux.keys("q");
        screen = tmux.waitFor("tempo to exit", s -> s.contains("tempo exited with 0"));
        assertTrue(screen.contains("terminal restored"), screen);
        assertFalse(screen.contains("─ Details"), screen);
    }

    /** Runs the real main class from the test classpath in the project, then reports how the terminal was left. */
    private static String launchScript(Path project) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return String.join("\n",
                "cd " + quote(project.toString()),
                "unset CI GITHUB_ACTIONS NO_COLOR FORCE_COLOR",
                "before=$(stty -g)",
                quote(java) + " --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
                        + " -Dpolyglot.engine.WarnInterpreterOnly=false -XX:TieredStopAtLevel=1"
                        + " -cp " + quote(System.getProperty("java.class.path")) + " dev.tempo.tui.cli.Main",
                "code=$?",
                "echo \"tempo exited with $code\"",
                "[ \"$(stty -g)\" = \"$before\" ] && echo 'terminal restored' || echo 'terminal modes changed'",
                "sleep 600",
                "");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (from.relativize(p).startsWith("node_modules")) continue; // a cache of earlier runs
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
