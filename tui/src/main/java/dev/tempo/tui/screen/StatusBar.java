package dev.tempo.tui.screen;

import dev.tempo.themes.Role;
import dev.tempo.tui.screen.model.RunModel;

/**
 * Two rows: totals, elapsed time, watch state, filters and seed; then the key hints, or the filter being
 * typed (with its error inline when the regex does not compile).
 */
final class StatusBar {
    private StatusBar() {}

    static void draw(Canvas c, RunModel model, TuiState state, String themeName, long now) {
        c.fillRow(0, Role.STATUS_BAR);
        RunModel.Totals t = model.totals();
        int col = c.text(1, 0, model.running() ? Symbols.of(dev.tempo.tui.screen.model.Status.RUNNING, now) + " running" : "● idle",
                model.running() ? Role.RUNNING : Role.STATUS_BAR, false, Role.STATUS_BAR);
        col = c.text(col + 2, 0, t.pass() + " pass", Role.PASS, false, Role.STATUS_BAR);
        col = c.text(col + 1, 0, t.fail() + " fail", t.fail() > 0 ? Role.FAIL : Role.STATUS_BAR, false, Role.STATUS_BAR);
        if (t.skip() > 0) col = c.text(col + 1, 0, t.skip() + " skip", Role.SKIP, false, Role.STATUS_BAR);
        if (t.todo() > 0) col = c.text(col + 1, 0, t.todo() + " todo", Role.TODO, false, Role.STATUS_BAR);
        col = c.text(col + 2, 0, t.filesDone() + "/" + t.files() + " files", Role.STATUS_BAR, false, Role.STATUS_BAR);
        col = c.text(col + 2, 0, Symbols.duration(model.elapsed(now)), Role.STATUS_BAR, false, Role.STATUS_BAR);
        col = c.text(col + 2, 0, state.watching ? "watching" : "watch off", state.watching ? Role.STATUS_BAR : Role.SKIP, false, Role.STATUS_BAR);
        if (!state.testFilter.isEmpty()) col = c.text(col + 2, 0, "t:/" + state.testFilter.text() + "/", Role.FILTER, false, Role.STATUS_BAR);
        if (!state.pathFilter.isEmpty()) col = c.text(col + 2, 0, "p:" + state.pathFilter.text(), Role.FILTER, false, Role.STATUS_BAR);
        if (model.seed() != null) col = c.text(col + 2, 0, "seed " + model.seed(), Role.STATUS_BAR, false, Role.STATUS_BAR);
        String right = model.notice() != null ? model.notice() : model.reason();
        if (right != null && !right.isEmpty() && c.width - col > 6) {
            String shown = right.length() > c.width - col - 4 ? right.substring(0, c.width - col - 5) + "…" : right;
            c.text(c.width - shown.length() - 1, 0, shown, model.notice() != null ? Role.ERROR : Role.MUTED, false, Role.STATUS_BAR);
        }
        if (state.editing != TuiState.Editing.NONE) {
            boolean tests = state.editing == TuiState.Editing.TEST_FILTER;
            int at = c.text(1, 1, tests ? "test name regex /" : "file path (substring or glob): ", Role.FILTER);
            at = c.text(at, 1, state.edit.toString(), Role.TEXT);
            at = c.text(at, 1, tests ? "/" : "", Role.FILTER);
            at = c.text(at, 1, "█", Role.FILTER);
            if (tests && !state.testFilter.valid()) c.text(at + 2, 1, "invalid regex: " + state.testFilter.error(), Role.ERROR);
            else c.text(at + 2, 1, "Enter apply · Esc clear", Role.MUTED);
            return;
        }
        String hints = c.width >= 120
                ? "↑↓/jk move  ←→/hl fold·pane  Enter run  a all  f failed  / filter  p path  T theme (" + themeName + ")  ? help  q quit"
                : "jk move  hl pane  Enter run  a all  f failed  / filter  p path  ? help  q quit";
        c.text(1, 1, hints, Role.MUTED);
    }
}
