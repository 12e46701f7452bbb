package dev.tempo.tui.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import dev.tempo.themes.AnsiColor;
import dev.tempo.themes.ColorDepth;
import dev.tempo.themes.Role;
import dev.tempo.themes.Style;
import dev.tempo.themes.TermColor;
import dev.tempo.themes.Theme;

/** A theme at the terminal's colour depth, as Lanterna colours and modifiers. */
public record Palette(Theme theme, ColorDepth depth) {

    public void apply(TextGraphics g, Role role, boolean bold) {
        Style s = theme.style(role);
        g.clearModifiers();
        g.setForegroundColor(color(s.fg().at(depth)));
        g.setBackgroundColor(color(s.bg().at(depth)));
        if (s.bold() || bold) g.enableModifiers(SGR.BOLD);
        if (s.underline()) g.enableModifiers(SGR.UNDERLINE);
        if (s.reverse()) g.enableModifiers(SGR.REVERSE);
    }

    /** Keeps the role's background from another role (a status symbol on the selected row). */
    public void applyOn(TextGraphics g, Role role, Role background) {
        apply(g, role, false);
        Style bg = theme.style(background);
        g.setBackgroundColor(color(bg.bg().at(depth)));
        if (bg.reverse()) g.enableModifiers(SGR.REVERSE);
    }

    static TextColor color(TermColor c) {
        return switch (c.kind()) {
            case DEFAULT -> TextColor.ANSI.DEFAULT;
            case ANSI16 -> ansi(AnsiColor.values()[c.value()]);
            case INDEX256 -> new TextColor.Indexed(c.value());
            case RGB -> new TextColor.RGB(c.value() >> 16 & 0xff, c.value() >> 8 & 0xff, c.value() & 0xff);
        };
    }

    private static TextColor ansi(AnsiColor c) {
        String name = c.name();
        return name.startsWith("BRIGHT_") ? TextColor.ANSI.valueOf(name.substring(7) + "_BRIGHT") : TextColor.ANSI.valueOf(name);
    }
}
