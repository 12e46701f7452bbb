package dev.tempo.tui.cli;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import dev.tempo.engine.config.RunOptions;
import dev.tempo.engine.discovery.TestDiscovery;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.run.TestRun;
import dev.tempo.themes.ColorDepth;
import dev.tempo.themes.Theme;
import dev.tempo.tui.screen.Commands;
import dev.tempo.tui.screen.Keys;
import dev.tempo.tui.screen.Tui;
import dev.tempo.tui.screen.UiLoop;
import dev.tempo.watch.WatchListener;
import dev.tempo.watch.WatchSession;
import dev.tempo.watch.WatchedProject;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tempo} / {@code tempo ui}: the full-screen interface on a watch session. The session runs the
 * files on its thread; its run events and notices are posted to the UI thread, which alone touches the
 * screen. While the screen is up, System.out and System.err are captured (anything printed would corrupt
 * it) and shown as the status line's notice, and so is what native code writes to file descriptor 2.
 */
final class UiMode implements WatchedProject, WatchListener, Commands {
    private final EngineLauncher engine;
    private final RunLauncher.Watching watching;
    private volatile RunOptions options;
    private final Theme theme;
    private UiLoop loop;
    private WatchSession session;
    /** A run the user asked for (Enter, u): its test pattern and snapshot mode, taken by the next request for those files. */
    private volatile OneShot pending;

    private record OneShot(List<TestFile> files, String pattern, boolean updateSnapshots) {}

    UiMode(EngineLauncher engine, RunOptions options, RunLauncher.Watching watching, Theme theme) {
        this.engine = engine;
        this.options = options;
        this.watching = watching;
        this.theme = theme;
    }

    int run(List<TestFile> initial, CliEnvironment cli) throws Exception {
        PrintStream realOut = System.out, realErr = System.err;
        Terminal terminal = new DefaultTerminalFactory(new FileOutputStream(FileDescriptor.out),
                new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8).setForceTextTerminal(true).createTerminal();
        TerminalScreen screen = new TerminalScreen(terminal);
        Tui tui = new Tui(options.rootDir(), theme, ColorDepth.detect(cli.env()));
        loop = new UiLoop(screen, tui, new Keys(tui, this));
        screen.startScreen();
        System.setOut(new PrintStream(new Stray(), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Stray(), true, StandardCharsets.UTF_8));
        NativeStderr nativeStderr = null;
        try {
            nativeStderr = NativeStderr.capture(NativeStderr.firstLineOfBursts(line -> loop.post(t -> t.model().notice("stderr: " + line))));
        } catch (IOException e) {
            loop.post(t -> t.model().notice(e.getMessage() + " (native libraries may write over the screen)"));
        }
        try {
            session = new WatchSession(this, this, WatchSession.DEFAULT_DEBOUNCE);
            session.start(initial);
            List<TestFile> all = session.testFiles();
            loop.post(t -> t.model().setFiles(all));
            loop.run();
        } finally {
            session.quit();
            if (nativeStderr != null) nativeStderr.close();
            screen.stopScreen();
            System.setOut(realOut);
            System.setErr(realErr);
        }
        return 0;
    }

    /** Output written while the screen is up: shown as the latest notice, never on the screen directly. */
    private final class Stray extends OutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') flushLine();
            else line.write(b);
        }

        private void flushLine() {
            String text = line.toString(StandardCharsets.UTF_8).strip();
            line.reset();
            if (!text.isEmpty()) loop.post(t -> t.model().notice(text));
        }
    }

    // ---- WatchedProject ----

    @Override
    public Path root() {
        return options.rootDir();
    }

    @Override
    public void reload() throws Exception {
        options = watching.reload().resolve();
    }

    @Override
    public List<TestFile> discover() throws Exception {
        return TestDiscovery.discover(options.rootDir(), options.testRoot(), options.pathFilters(), options.pathIgnorePatterns()).files();
    }

    @Override
    public TestRun.Request request(List<TestFile> files, String testNamePattern, boolean only) {
        OneShot p = pending;
        RunOptions o = options;
        String pattern = testNamePattern;
        if (p != null && p.files().equals(files)) {
            pending = null;
            if (p.pattern() != null) pattern = p.pattern();
            if (p.updateSnapshots()) o = o.toBuilder().updateSnapshots(true).build();
        }
        return engine.request(o, files, pattern, o.only() || only, false);
    }

    @Override
    public List<RunListener> reporters() {
        return List.of(event -> loop.post(t -> t.model().apply(event)));
    }

    // ---- WatchListener ----

    @Override
    public void runStarting(String reason, List<TestFile> files) {
        List<TestFile> all = session.testFiles();
        long now = System.currentTimeMillis();
        loop.post(t -> {
            t.model().setFiles(all);
            t.model().runStarting(reason, files, now);
        });
    }

    @Override
    public void runFinished(RunSummary summary) {
        long now = System.currentTimeMillis();
        loop.post(t -> t.model().runFinished(summary, now));
    }

    @Override
    public void removed(List<TestFile> files) {
        loop.post(t -> t.model().removed(files));
    }

    @Override
    public void problem(String message) {
        loop.post(t -> t.model().notice(message));
    }

    @Override
    public void ended() {
        loop.stop();
    }

    // ---- Commands (UI thread) ----

    @Override
    public void runAll() { session.runAll(); }

    @Override
    public void runFailed() { session.runFailed(); }

    @Override
    public void rerun() { session.rerun(); }

    @Override
    public void runFiles(List<TestFile> files, String testPattern, boolean updateSnapshots, String reason) {
        pending = new OneShot(List.copyOf(files), testPattern, updateSnapshots);
        session.runFiles(files, reason);
    }

    @Override
    public void filterTests(String jsRegex) { session.filterTests(jsRegex); }

    @Override
    public void filterFiles(String regex) { session.filterFiles(regex); }

    @Override
    public void rerunOnSave(boolean on) { session.rerunOnSave(on); }

    @Override
    public void openInEditor(Path file, int line) {
        String editor = System.getenv().getOrDefault("VISUAL", System.getenv().getOrDefault("EDITOR", "vi"));
        try {
            loop.suspended(() -> {
                try {
                    new ProcessBuilder("sh", "-c", editor + " \"+$1\" \"$2\"", "editor", String.valueOf(line), file.toString())
                            .inheritIO().start().waitFor();
                } catch (IOException e) {
                    loop.post(t -> t.model().notice("cannot start $EDITOR (" + editor + "): " + e.getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        } catch (IOException e) {
            loop.post(t -> t.model().notice("cannot restore the screen after $EDITOR: " + e.getMessage()));
        }
    }
}
