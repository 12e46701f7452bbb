package dev.tempo.tui.screen;

/**
 * Where the panes go for a screen size: files on the left; on wide screens (140 columns and more) tests
 * and details side by side, else tests above details. The last two rows are the status bar.
 */
record Layout(Rect files, Rect tests, Rect details, int statusRow) {
    record Rect(int col, int row, int cols, int rows) {}

    static Layout of(int cols, int rows) {
        int body = Math.max(3, rows - 2);
        if (cols >= 140) {
            int fw = Math.max(28, cols * 24 / 100);
            int tw = Math.max(30, cols * 30 / 100);
            return new Layout(new Rect(0, 0, fw, body), new Rect(fw, 0, tw, body),
                    new Rect(fw + tw, 0, cols - fw - tw, body), body);
        }
        int fw = Math.max(20, Math.min(40, cols * 32 / 100));
        int th = Math.max(3, body * 45 / 100);
        return new Layout(new Rect(0, 0, fw, body), new Rect(fw, 0, cols - fw, th),
                new Rect(fw, th, cols - fw, body - th), body);
    }
}
