package dev.tempo.tui.screen;

import dev.tempo.themes.Role;

/** The key map, over the middle of the screen (the ? key). */
final class HelpOverlay {
    static final String[][] KEYS = {
            {"↑ ↓ / k j", "move the selection"},
            {"← → / h l", "fold or unfold a folder; move between panes"},
            {"Tab", "next pane"},
            {"PgUp PgDn Home End", "move by a page, to the first or last row"},
            {"Enter", "run the selection (folder, file, describe or test)"},
            {"a", "run all test files"},
            {"f", "run the files that failed"},
            {"r", "rerun the last run"},
            {"u", "update the snapshots of the selection"},
            {"o", "open the selected test in $EDITOR at its line"},
            {"/ or t", "filter tests by name (regex, live)"},
            {"p", "filter files by path (substring or glob)"},
            {"Esc", "clear the filters, close this help"},
            {"w", "toggle rerun on save"},
            {"c", "show or hide console output"},
            {"T", "next theme"},
            {"q / Ctrl-C", "quit"},
            {"?", "this help"},
    };

    private HelpOverlay() {}

    static void draw(Canvas screen) {
        int w = Math.min(screen.width - 4, 72);
        int h = Math.min(screen.height - 2, KEYS.length + 4);
        Canvas box = screen.region((screen.width - w) / 2, (screen.height - h) / 2, w, h);
        box.clear();
        box.box("Keys", true);
        Canvas c = box.inner();
        for (int i = 0; i < KEYS.length && i + 1 < c.height; i++) {
            c.text(2, i + 1, KEYS[i][0], Role.FILTER);
            c.text(24, i + 1, KEYS[i][1], Role.TEXT);
        }
    }
}
