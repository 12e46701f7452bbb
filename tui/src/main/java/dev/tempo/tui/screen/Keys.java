package dev.tempo.tui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.themes.ThemeException;
import dev.tempo.themes.Themes;
import dev.tempo.tui.screen.model.FileState;
import dev.tempo.tui.screen.model.PathFilter;
import dev.tempo.tui.screen.model.TestFilter;
import dev.tempo.tui.screen.model.TestRow;
import dev.tempo.tui.screen.model.TreeRow;
import java.nio.file.Path;
import java.util.List;

/** What each key does (see {@link HelpOverlay#KEYS}). Runs on the UI thread. */
public final class Keys {
    private final Tui tui;
    private final TuiState s;
    private final Commands commands;

    public Keys(Tui tui, Commands commands) {
        this.tui = tui;
        this.s = tui.state;
        this.commands = commands;
    }

    /** Handles one key; returns true when the user asked to quit. */
    public boolean handle(KeyStroke k) {
        if (k.getKeyType() == KeyType.EOF) return true;
        boolean ctrlC = k.getKeyType() == KeyType.Character && k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == 'c';
        if (ctrlC) return true;
        if (s.editing != TuiState.Editing.NONE) {
            editFilter(k);
            return false;
        }
        if (s.showHelp) {
            s.showHelp = false; // any key closes the help
            return k.getKeyType() == KeyType.Character && k.getCharacter() == 'q';
        }
        switch (k.getKeyType()) {
            case ArrowUp -> move(-1);
            case ArrowDown -> move(1);
            case PageUp -> move(-s.page);
            case PageDown -> move(s.page);
            case Home -> move(-1_000_000);
            case End -> move(1_000_000);
            case ArrowLeft -> left();
            case ArrowRight -> right();
            case Tab -> s.focus = TuiState.Pane.values()[(s.focus.ordinal() + 1) % 3];
            case Enter -> runSelection(false);
            case Escape -> clearFilters();
            case Character -> {
                return character(k.getCharacter());
            }
            default -> { }
        }
        return false;
    }

    private boolean character(char c) {
        switch (c) {
            case 'q' -> { return true; }
            case 'k' -> move(-1);
            case 'j' -> move(1);
            case 'h' -> left();
            case 'l' -> right();
            case 'a' -> commands.runAll();
            case 'f' -> commands.runFailed();
            case 'r' -> commands.rerun();
            case 'u' -> runSelection(true);
            case 'o' -> open();
            case 'w' -> {
                s.watching = !s.watching;
                commands.rerunOnSave(s.watching);
            }
            case 'c' -> s.showConsole = !s.showConsole;
            case 'T' -> cycleTheme();
            case '?' -> s.showHelp = true;
            case '/', 't' -> startEditing(TuiState.Editing.TEST_FILTER, s.testFilter.text());
            case 'p' -> startEditing(TuiState.Editing.PATH_FILTER, s.pathFilter.text());
            default -> { }
        }
        return false;
    }

    private void move(int by) {
        switch (s.focus) {
            case FILES -> {
                List<TreeRow> rows = tui.fileRows();
                if (rows.isEmpty()) return;
                int i = clamp(tui.fileIndex(rows) + by, rows.size());
                s.fileKey = rows.get(i).key();
                s.testIndex = 0;
                s.detailsScroll = 0;
            }
            case TESTS -> {
                s.testIndex = clamp(s.testIndex + by, tui.testRows().size());
                s.detailsScroll = 0;
            }
            case DETAILS -> s.detailsScroll = Math.max(0, s.detailsScroll + by);
        }
    }

    private static int clamp(int i, int size) {
        return Math.max(0, Math.min(size - 1, i));
    }

    private void left() {
        if (s.focus == TuiState.Pane.FILES) {
            List<TreeRow> rows = tui.fileRows();
            if (rows.isEmpty()) return;
            TreeRow row = rows.get(tui.fileIndex(rows));
            if (row.folder() && !row.collapsed()) s.collapsed.add(row.key());
            else {
                String key = row.folder() ? row.key().substring(0, row.key().length() - 1) : row.key();
                int slash = key.lastIndexOf('/');
                if (slash >= 0) s.fileKey = key.substring(0, slash + 1); // to the parent folder
            }
        } else {
            s.focus = TuiState.Pane.values()[s.focus.ordinal() - 1];
        }
    }

    private void right() {
        if (s.focus == TuiState.Pane.FILES) {
            List<TreeRow> rows = tui.fileRows();
            if (!rows.isEmpty()) {
                TreeRow row = rows.get(tui.fileIndex(rows));
                if (row.folder() && row.collapsed()) {
                    s.collapsed.remove(row.key());
                    return;
                }
            }
            s.focus = TuiState.Pane.TESTS;
        } else if (s.focus == TuiState.Pane.TESTS) {
            s.focus = TuiState.Pane.DETAILS;
        }
    }

    private void runSelection(boolean updateSnapshots) {
        List<FileState> files = tui.selectedFiles();
        if (files.isEmpty()) return;
        String pattern = null;
        String what = s.fileKey;
        if (s.focus != TuiState.Pane.FILES) {
            TestRow row = tui.selectedTest(tui.testRows());
            if (row != null && row.kind() != TestRow.Kind.FILE) {
                String name = jsEscape(String.join(" ", row.names()));
                pattern = row.kind() == TestRow.Kind.TEST ? "^" + name + "$" : "^" + name + " ";
                what = String.join(" > ", row.names());
            }
            if (row != null) files = List.of(row.file());
        }
        if (pattern == null && !s.testFilter.isEmpty() && s.testFilter.valid()) pattern = s.testFilter.text();
        List<TestFile> run = files.stream().map(f -> f.file).toList();
        commands.runFiles(run, pattern, updateSnapshots, (updateSnapshots ? "updating snapshots of " : "selected ") + what);
    }

    private void open() {
        List<FileState> files = tui.selectedFiles();
        if (files.isEmpty()) return;
        TestRow row = s.focus == TuiState.Pane.FILES ? null : tui.selectedTest(tui.testRows());
        FileState file = row != null ? row.file() : files.getFirst();
        int line = row != null && row.test() != null ? row.test().line() : 1;
        Path path = file.file.path();
        commands.openInEditor(path, Math.max(1, line));
    }

    private void cycleTheme() {
        try {
            tui.theme(Themes.builtIn(Themes.next(tui.theme().name())));
        } catch (ThemeException e) {
            tui.model.notice(e.getMessage());
        }
    }

    private void clearFilters() {
        boolean hadTests = !s.testFilter.isEmpty();
        boolean hadPaths = !s.pathFilter.isEmpty();
        s.testFilter = TestFilter.NONE;
        s.pathFilter = PathFilter.NONE;
        if (hadTests) commands.filterTests(null);
        if (hadPaths) commands.filterFiles(null);
    }

    private void startEditing(TuiState.Editing what, String current) {
        s.editing = what;
        s.edit.setLength(0);
        s.edit.append(current);
    }

    /** Typing a filter: applied to the panes at each key; Enter hands it to the session (a rerun). */
    private void editFilter(KeyStroke k) {
        boolean tests = s.editing == TuiState.Editing.TEST_FILTER;
        switch (k.getKeyType()) {
            case Character -> s.edit.append(k.getCharacter());
            case Backspace -> {
                if (!s.edit.isEmpty()) s.edit.setLength(s.edit.length() - 1);
            }
            case Escape -> {
                s.edit.setLength(0);
                s.editing = TuiState.Editing.NONE;
                if (tests && !s.testFilter.isEmpty()) {
                    s.testFilter = TestFilter.NONE;
                    commands.filterTests(null);
                }
                if (!tests && !s.pathFilter.isEmpty()) {
                    s.pathFilter = PathFilter.NONE;
                    commands.filterFiles(null);
                }
                return;
            }
            case Enter -> {
                if (tests && !s.testFilter.valid()) return; // stay: the error is on screen
                s.editing = TuiState.Editing.NONE;
                if (tests) commands.filterTests(s.testFilter.isEmpty() ? null : s.testFilter.text());
                else commands.filterFiles(s.pathFilter.regex());
                return;
            }
            default -> { }
        }
        if (tests) s.testFilter = TestFilter.of(s.edit.toString());
        else s.pathFilter = new PathFilter(s.edit.toString());
        s.testIndex = 0;
    }

    /** Escapes regex syntax so a test name matches itself. */
    static String jsEscape(String text) {
        return text.replaceAll("[\\\\^$.*+?()\\[\\]{}|/]", "\\\\$0");
    }
}
