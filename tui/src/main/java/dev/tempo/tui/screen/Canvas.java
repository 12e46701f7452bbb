package dev.tempo.tui.screen;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.tempo.themes.Role;
import java.util.List;

/** A rectangle of the screen to draw themed text into; text past its right edge is cut. */
public final class Canvas {
    final TextGraphics g;
    final Palette palette;
    public final int width;
    public final int height;

    Canvas(TextGraphics g, Palette palette) {
        this.g = g;
        this.palette = palette;
        this.width = g.getSize().getColumns();
        this.height = g.getSize().getRows();
    }

    public Canvas region(int col, int row, int cols, int rows) {
        return new Canvas(g.newTextGraphics(new TerminalPosition(col, row), new TerminalSize(Math.max(0, cols), Math.max(0, rows))), palette);
    }

    /** Writes text at (col, row); returns the column after it. */
    public int text(int col, int row, String text, Role role) {
        return text(col, row, text, role, false, null);
    }

    public int text(int col, int row, String text, Role role, boolean bold, Role background) {
        if (row < 0 || row >= height || col >= width) return col;
        String shown = text.length() > width - col ? text.substring(0, Math.max(0, width - col)) : text;
        if (background != null) palette.applyOn(g, role, background);
        else palette.apply(g, role, bold);
        if (background != null && bold) g.enableModifiers(com.googlecode.lanterna.SGR.BOLD);
        g.putString(col, row, shown);
        return col + shown.length();
    }

    public int spans(int col, int row, List<Span> spans, Role background) {
        for (Span s : spans) col = text(col, row, s.text(), s.role(), s.bold(), background);
        return col;
    }

    /** Paints a whole row in a role (its background), e.g. the selection bar. */
    public void fillRow(int row, Role role) {
        if (row < 0 || row >= height) return;
        palette.apply(g, role, false);
        g.putString(0, row, " ".repeat(width));
    }

    public void clear() {
        for (int r = 0; r < height; r++) fillRow(r, Role.TEXT);
    }

    /** A box around the region with a title on its top edge. */
    public void box(String title, boolean focused) {
        if (width < 2 || height < 2) return;
        String h = "─".repeat(width - 2);
        text(0, 0, "┌" + h + "┐", focused ? Role.FOCUS : Role.BORDER);
        for (int r = 1; r < height - 1; r++) {
            text(0, r, "│", focused ? Role.FOCUS : Role.BORDER);
            text(width - 1, r, "│", focused ? Role.FOCUS : Role.BORDER);
        }
        text(0, height - 1, "└" + h + "┘", focused ? Role.FOCUS : Role.BORDER);
        text(2, 0, " " + title + " ", focused ? Role.FOCUS : Role.TITLE);
    }

    /** The inside of {@link #box}. */
    public Canvas inner() {
        return region(1, 1, width - 2, height - 2);
    }
}
