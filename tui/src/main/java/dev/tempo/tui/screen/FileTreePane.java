package dev.tempo.tui.screen;

import dev.tempo.themes.Role;
import dev.tempo.tui.screen.model.TreeRow;
import java.util.List;

/** The file tree: folders (▾ open, ▸ closed) and files, each with its live symbol, counts and duration. */
final class FileTreePane {
    private FileTreePane() {}

    static void draw(Canvas box, List<TreeRow> rows, int selected, TuiState state, long now) {
        box.box("Files " + rows.stream().filter(r -> !r.folder()).count(), state.focus == TuiState.Pane.FILES);
        Canvas c = box.inner();
        state.fileScroll = Scroll.keepVisible(state.fileScroll, selected, c.height);
        for (int r = 0; r < c.height; r++) {
            int i = state.fileScroll + r;
            if (i >= rows.size()) break;
            TreeRow row = rows.get(i);
            boolean sel = i == selected;
            Role bg = sel ? Role.SELECTION : null;
            if (sel) c.fillRow(r, Role.SELECTION);
            int col = 2 * row.depth();
            if (row.folder()) col = c.text(col, r, row.collapsed() ? "▸ " : "▾ ", Role.MUTED, false, bg);
            col = c.text(col, r, Symbols.of(row.status(), now), Symbols.role(row.status()), false, bg);
            col = c.text(col + 1, r, row.label() + (row.folder() ? "/" : ""), sel ? Role.SELECTION : Role.TEXT, false, bg);
            String counts = counts(row);
            if (!counts.isEmpty() && c.width - counts.length() > col + 1) {
                c.text(c.width - counts.length(), r, counts, row.fail() > 0 ? Role.FAIL : Role.MUTED, false, bg);
            }
        }
    }

    private static String counts(TreeRow row) {
        if (row.pass() == 0 && row.fail() == 0) return "";
        String s = row.fail() > 0 ? row.fail() + "✗ " + row.pass() + "✓" : row.pass() + "✓";
        String d = Symbols.duration(row.durationMillis());
        return d.isEmpty() ? s : s + " " + d;
    }
}
