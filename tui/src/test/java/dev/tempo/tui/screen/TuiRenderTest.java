package dev.tempo.tui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.TestId;
import dev.tempo.engine.events.TestResult;
import dev.tempo.engine.events.TestStatus;
import dev.tempo.themes.ColorDepth;
import dev.tempo.themes.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interface drawn on Lanterna's virtual terminal from a scripted event stream, driven by keys. */
class TuiRenderTest {
    @TempDir
    Path root;

    final List<String> commands = new ArrayList<>();
    DefaultVirtualTerminal terminal;
    TerminalScreen screen;
    Tui tui;
    Keys keys;
    TestFile math, cart;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(root.resolve("test"));
        Files.writeString(root.resolve("test/math.test.ts"), "import { test, expect } from \"bun:test\";\n\ntest(\"adds\", () => {\n  expect(1 + 1).toBe(3);\n});\n");
        math = new TestFile(root.resolve("test/math.test.ts"), "test/math.test.ts");
        cart = new TestFile(root.resolve("test/unit/cart.test.ts"), "test/unit/cart.test.ts");
        tui = new Tui(root, Themes.builtIn("dark"), ColorDepth.ANSI256);
        keys = new Keys(tui, new Recording());
        open(80, 24);
        tui.model.setFiles(List.of(math, cart));
    }

    void open(int cols, int rows) throws Exception {
        terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
    }

    @Test
    void layoutAt80x24ShowsTreeTestsDetailsAndStatus() throws Exception {
        runScript();
        String s = draw();
        assertThat(s.lines().count()).isEqualTo(24);
        assertThat(s).contains("▾ ✗ test/").contains("✗ math.test.ts").contains("▾ ✓ unit/").contains("✓ cart.test.ts");
        assertThat(s).contains("✓ Cart").contains("✓ totals").contains("» later");
        assertThat(s).contains("1 pass 1 fail 1 skip").contains("2/2 files").contains("watching");
        assertThat(s.lines().toList().get(23)).contains("? help").contains("q quit");
    }

    @Test
    void detailsShowTheDiffSourceAndConsoleOfTheSelectedTest() throws Exception {
        runScript();
        press('j', 'j', 'j', 'l'); // test/, unit/, cart.test.ts, math.test.ts; then into its tests
        String s = draw();
        assertThat(s).contains("✗ adds").contains("test/math.test.ts:3");
        assertThat(s).contains("4 |   expect(1 + 1).toBe(3);").contains("Expected: 3");
        press('l'); // into the details pane, which scrolls
        keys.handle(new KeyStroke(KeyType.End));
        assertThat(draw()).contains("Received: 2").contains("── Console ──").contains("two is 2");
        keys.handle(new KeyStroke(KeyType.Home));
        // the diff lines take the theme's colours
        TextCharacter expected = at("Expected: 3", 10);
        assertThat(expected.getForegroundColor()).isEqualTo(new TextColor.Indexed(78));
        press('c');
        assertThat(draw()).doesNotContain("two is 2").contains("console hidden");
    }

    @Test
    void layoutAt160x48PutsThreePanesSideBySide() throws Exception {
        open(160, 48);
        runScript();
        press('j', 'j', 'j', 'l');
        String s = draw();
        String top = s.lines().toList().get(1);
        assertThat(top).contains("▾ ✗ test/").contains("│✗ adds").contains("│ ✗ adds  3ms"); // files | tests | details
        assertThat(s).contains("Expected: 3");
        assertThat(s.lines().count()).isEqualTo(48);
    }

    @Test
    void liveUpdatesShowASpinnerThenTheResult() throws Exception {
        tui.model.runStarting("all files", List.of(math), 1000);
        tui.model.apply(new RunEvent.FileStarted(math));
        tui.model.apply(new RunEvent.TestStarted(math, new TestId("test/math.test.ts", List.of("adds"))));
        press('j', 'j', 'j');
        String running = draw();
        assertThat(running).containsAnyOf("⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏").contains("running");
        finishMath();
        tui.model.runFinished(null, 2000);
        assertThat(draw()).contains("✗ math.test.ts").contains("idle");
    }

    @Test
    void typingATestFilterAppliesLiveAndAnInvalidRegexIsShownNotThrown() throws Exception {
        runScript();
        press('j', 'j'); // cart.test.ts
        type("/tot");
        String s = draw();
        assertThat(s).contains("test name regex /tot/").contains("✓ totals").doesNotContain("» later");
        type("(");
        assertThat(draw()).contains("invalid regex: Unclosed group");
        keys.handle(new KeyStroke(KeyType.Enter)); // refused while invalid
        assertThat(tui.state.editing()).isEqualTo(TuiState.Editing.TEST_FILTER);
        keys.handle(new KeyStroke(KeyType.Backspace));
        keys.handle(new KeyStroke(KeyType.Enter));
        assertThat(commands).containsExactly("filterTests tot");
        assertThat(draw()).contains("t:/tot/");
        keys.handle(new KeyStroke(KeyType.Escape));
        assertThat(commands).endsWith("filterTests null");
        assertThat(draw()).contains("» later");
    }

    @Test
    void pathFilterKeepsMatchingFilesAndGoesToTheSessionAsARegex() throws Exception {
        runScript();
        type("pcart");
        assertThat(draw()).contains("cart.test.ts").doesNotContain("math.test.ts");
        keys.handle(new KeyStroke(KeyType.Enter));
        assertThat(commands).containsExactly("filterFiles \\Qcart\\E");
        type("p");
        for (int i = 0; i < 4; i++) keys.handle(new KeyStroke(KeyType.Backspace));
        type("**/m*.ts");
        assertThat(draw()).contains("math.test.ts").doesNotContain("cart.test.ts");
    }

    @Test
    void keysRunTheSelectionFoldFoldersCycleThemesAndQuit() throws Exception {
        runScript();
        keys.handle(new KeyStroke(KeyType.Enter)); // the folder test/: both files
        press('j', 'j', 'j', 'l', 'u'); // math.test.ts > adds: update its snapshots
        press('a', 'f', 'r', 'w');
        assertThat(commands).containsExactly(
                "runFiles [test/math.test.ts, test/unit/cart.test.ts] null false",
                "runFiles [test/math.test.ts] ^adds$ true",
                "runAll", "runFailed", "rerun", "rerunOnSave false");
        assertThat(draw()).contains("watch off");
        press('h'); // back to the files
        keys.handle(new KeyStroke(KeyType.Home));
        press('h'); // fold test/
        assertThat(draw()).contains("▸ ✗ test/").doesNotContain("▾ ✓ unit/");
        press('l');
        assertThat(draw()).contains("▾ ✓ unit/");
        press('T');
        assertThat(tui.theme().name()).isEqualTo("light");
        assertThat(draw()).doesNotContain("T theme (dark)");
        press('?');
        assertThat(draw()).contains("open the selected test in $EDITOR at its line");
        assertThat(keys.handle(KeyStroke.fromString("x"))).isFalse(); // closes the help
        assertThat(draw()).doesNotContain("$EDITOR");
        press('o');
        assertThat(commands).last().asString().endsWith("math.test.ts:1");
        assertThat(keys.handle(KeyStroke.fromString("q"))).isTrue();
        assertThat(keys.handle(new KeyStroke('c', true, false))).isTrue(); // Ctrl-C
    }

    @Test
    void resizingLaysTheScreenOutAgain() throws Exception {
        runScript();
        assertThat(draw().lines().toList().get(0)).hasSize(80);
        terminal.setTerminalSize(new TerminalSize(120, 30));
        String s = draw();
        assertThat(s.lines().count()).isEqualTo(30);
        assertThat(s.lines().toList().get(0)).hasSize(120).endsWith("┐");
        assertThat(s.lines().toList().get(29)).contains("q quit");
    }

    // ---- the scripted run ----

    void runScript() {
        tui.model.runStarting("all files", List.of(math, cart), 1000);
        finishMath();
        tui.model.apply(new RunEvent.FileStarted(cart));
        TestId totals = new TestId("test/unit/cart.test.ts", List.of("Cart", "totals"));
        TestId later = new TestId("test/unit/cart.test.ts", List.of("Cart", "later"));
        tui.model.apply(new RunEvent.TestStarted(cart, totals));
        tui.model.apply(new RunEvent.TestFinished(cart, new TestResult(totals, TestStatus.PASS, 4.2, List.of(), 1, false, 3)));
        tui.model.apply(new RunEvent.TestFinished(cart, new TestResult(later, TestStatus.SKIP, 0, List.of(), 0, false, 7)));
        tui.model.apply(new RunEvent.FileFinished(cart, new FileResult(FileResult.FileStatus.PASSED, 30, null, 1, 0, 1, 0, 0)));
        tui.model.runFinished(null, 1250);
    }

    void finishMath() {
        TestId adds = new TestId("test/math.test.ts", List.of("adds"));
        tui.model.apply(new RunEvent.FileStarted(math));
        tui.model.apply(new RunEvent.TestStarted(math, adds));
        tui.model.apply(new RunEvent.ConsoleOutput(math, adds, RunEvent.Stream.STDOUT, "two is 2\n"));
        ErrorInfo error = new ErrorInfo("Error", "expect(received).toBe(expected)\n\nExpected: \u001b[32m3\u001b[0m\nReceived: \u001b[31m2\u001b[0m\n",
                List.of(new ErrorInfo.StackFrame("", root.resolve("test/math.test.ts").toString(), 4, 17)), "3", "2");
        tui.model.apply(new RunEvent.TestFinished(math, new TestResult(adds, TestStatus.FAIL, 2.5, List.of(error), 1, false, 3)));
        tui.model.apply(new RunEvent.FileFinished(math, new FileResult(FileResult.FileStatus.FAILED, 20, null, 0, 1, 0, 0, 0)));
    }

    void press(char... cs) {
        for (char c : cs) keys.handle(KeyStroke.fromString(String.valueOf(c)));
    }

    void type(String text) {
        press(text.toCharArray());
    }

    /** Draws a frame and returns the virtual terminal's text, one line per row. */
    String draw() throws Exception {
        tui.render(screen, 5000);
        screen.refresh();
        StringBuilder sb = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) line.append(terminal.getCharacter(c, r).getCharacterString());
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /** The character `offset` columns into the first occurrence of text on screen. */
    TextCharacter at(String text, int offset) throws Exception {
        List<String> lines = draw().lines().toList();
        for (int r = 0; r < lines.size(); r++) {
            int c = lines.get(r).indexOf(text);
            if (c >= 0) return terminal.getCharacter(c + offset, r);
        }
        throw new AssertionError(text + " is not on screen");
    }

    final class Recording implements Commands {
        @Override public void runAll() { commands.add("runAll"); }
        @Override public void runFailed() { commands.add("runFailed"); }
        @Override public void rerun() { commands.add("rerun"); }
        @Override public void runFiles(List<TestFile> files, String testPattern, boolean updateSnapshots, String reason) {
            commands.add("runFiles " + files.stream().map(TestFile::displayPath).toList() + " " + testPattern + " " + updateSnapshots);
        }
        @Override public void filterTests(String jsRegex) { commands.add("filterTests " + jsRegex); }
        @Override public void filterFiles(String regex) { commands.add("filterFiles " + regex); }
        @Override public void rerunOnSave(boolean on) { commands.add("rerunOnSave " + on); }
        @Override public void openInEditor(Path file, int line) { commands.add("open " + file + ":" + line); }
    }
}
