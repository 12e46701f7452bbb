package dev.tempo.tui.screen;

/** Scrolling a list so its selected row stays in view. */
final class Scroll {
    private Scroll() {}

    static int keepVisible(int scroll, int selected, int height) {
        if (height <= 0) return 0;
        if (selected < scroll) return Math.max(0, selected);
        if (selected >= scroll + height) return selected - height + 1;
        return Math.max(0, scroll);
    }
}
