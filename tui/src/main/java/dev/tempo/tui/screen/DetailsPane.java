package dev.tempo.tui.screen;

import dev.tempo.themes.Role;
import java.util.List;

/** The details pane: scrollable themed lines (see {@link DetailsText}). */
final class DetailsPane {
    private DetailsPane() {}

    static void draw(Canvas box, List<List<Span>> lines, TuiState state) {
        box.box("Details" + (state.showConsole ? "" : " (console hidden)"), state.focus == TuiState.Pane.DETAILS);
        Canvas c = box.inner();
        state.detailsScroll = Math.max(0, Math.min(state.detailsScroll, lines.size() - c.height));
        for (int r = 0; r < c.height; r++) {
            int i = state.detailsScroll + r;
            if (i >= lines.size()) break;
            c.spans(1, r, lines.get(i), null);
        }
        if (lines.size() > c.height && c.height > 0) {
            String more = " " + (state.detailsScroll + 1) + "-" + Math.min(lines.size(), state.detailsScroll + c.height) + "/" + lines.size() + " ";
            box.text(Math.max(1, box.width - more.length() - 2), box.height - 1, more, Role.MUTED);
        }
    }
}
