package dev.tempo.tui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import dev.tempo.themes.ColorDepth;
import dev.tempo.themes.Role;
import dev.tempo.themes.Theme;
import dev.tempo.tui.screen.model.FileState;
import dev.tempo.tui.screen.model.FileTree;
import dev.tempo.tui.screen.model.RunModel;
import dev.tempo.tui.screen.model.TestRow;
import dev.tempo.tui.screen.model.TestRows;
import dev.tempo.tui.screen.model.TreeRow;
import java.nio.file.Path;
import java.util.List;

/**
 * The full-screen view: lays the panes out for the screen's size and draws the model and the user's
 * state. Everything here runs on the UI thread.
 */
public final class Tui {
    final RunModel model = new RunModel();
    final TuiState state = new TuiState();
    private final DetailsText details;
    private Theme theme;
    private final ColorDepth depth;

    public Tui(Path projectRoot, Theme theme, ColorDepth depth) {
        this.details = new DetailsText(projectRoot);
        this.theme = theme;
        this.depth = depth;
    }

    public RunModel model() { return model; }
    public TuiState state() { return state; }
    public Theme theme() { return theme; }

    void theme(Theme t) {
        theme = t;
    }

    List<TreeRow> fileRows() {
        return FileTree.rows(model.files(), state.pathFilter, state.collapsed);
    }

    /** The index of the selected file row (the first row when the selection is gone). */
    int fileIndex(List<TreeRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(state.fileKey)) return i;
        }
        return 0;
    }

    List<FileState> selectedFiles() {
        List<TreeRow> rows = fileRows();
        if (rows.isEmpty()) return List.of();
        return FileTree.filesUnder(model.files(), state.pathFilter, rows.get(fileIndex(rows)).key());
    }

    List<TestRow> testRows() {
        return TestRows.of(selectedFiles(), state.testFilter);
    }

    TestRow selectedTest(List<TestRow> rows) {
        if (rows.isEmpty()) return null;
        state.testIndex = Math.max(0, Math.min(state.testIndex, rows.size() - 1));
        return rows.get(state.testIndex);
    }

    /** Draws one frame. */
    public void render(Screen screen, long now) {
        TerminalSize size = screen.doResizeIfNecessary();
        if (size == null) size = screen.getTerminalSize();
        Canvas all = new Canvas(screen.newTextGraphics(), new Palette(theme, depth));
        all.clear();
        Layout l = Layout.of(size.getColumns(), size.getRows());

        List<TreeRow> rows = fileRows();
        int fi = fileIndex(rows);
        if (!rows.isEmpty()) state.fileKey = rows.get(fi).key();
        Canvas files = region(all, l.files());
        FileTreePane.draw(files, rows, fi, state, now);
        if (rows.isEmpty()) {
            files.inner().text(1, 0, model.files().isEmpty() ? "discovering…" : "no file matches the path filter", Role.MUTED);
        }

        List<TestRow> tests = testRows();
        TestRow selected = state.focus == TuiState.Pane.FILES ? null : selectedTest(tests);
        String title = rows.isEmpty() ? "Tests" : "Tests · " + rows.get(fi).key();
        TestsPane.draw(region(all, l.tests()), title, tests, state, now);

        List<FileState> sel = selectedFiles();
        FileState file = selected != null ? selected.file() : sel.size() == 1 ? sel.getFirst() : null;
        DetailsPane.draw(region(all, l.details()), details.of(selected, file, state.showConsole, now), state);

        StatusBar.draw(all.region(0, l.statusRow(), size.getColumns(), 2), model, state, theme.name(), now);
        state.page = Math.max(1, (state.focus == TuiState.Pane.FILES ? l.files().rows() : l.tests().rows()) - 2);
        if (state.showHelp) HelpOverlay.draw(all);
        screen.setCursorPosition(null);
    }

    private static Canvas region(Canvas all, Layout.Rect r) {
        return all.region(r.col(), r.row(), r.cols(), r.rows());
    }
}
