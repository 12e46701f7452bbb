package dev.tempo.tui.screen;

import dev.tempo.themes.Role;
import dev.tempo.tui.screen.model.TestRow;
import java.util.List;

/** The tests of the selected file or folder: describes and tests with live symbols and durations. */
final class TestsPane {
    private TestsPane() {}

    static void draw(Canvas box, String title, List<TestRow> rows, TuiState state, long now) {
        box.box(title, state.focus == TuiState.Pane.TESTS);
        Canvas c = box.inner();
        if (rows.isEmpty()) {
            c.text(1, 0, state.testFilter.isEmpty() ? "no results yet" : "no test matches the filter", Role.MUTED);
            return;
        }
        state.testScroll = Scroll.keepVisible(state.testScroll, state.testIndex, c.height);
        for (int r = 0; r < c.height; r++) {
            int i = state.testScroll + r;
            if (i >= rows.size()) break;
            TestRow row = rows.get(i);
            boolean sel = i == state.testIndex && state.focus != TuiState.Pane.FILES;
            Role bg = sel ? Role.SELECTION : null;
            if (sel) c.fillRow(r, Role.SELECTION);
            int col = 2 * row.depth();
            col = c.text(col, r, Symbols.of(row.status(), now), Symbols.role(row.status()), false, bg);
            Role label = sel ? Role.SELECTION : row.kind() == TestRow.Kind.TEST ? Role.TEXT : Role.TITLE;
            col = c.text(col + 1, r, row.label(), label, row.kind() != TestRow.Kind.TEST, bg);
            String d = Symbols.duration(row.durationMillis());
            if (!d.isEmpty() && c.width - d.length() > col + 1) c.text(c.width - d.length(), r, d, Role.MUTED, false, bg);
        }
    }
}
