package dev.tempo.themes;

/**
 * A colour as one terminal shows it: the terminal's default, one of the 16 ANSI colours, an entry of the
 * 256-colour palette, or 24-bit RGB.
 */
public record TermColor(Kind kind, int value) {
    public static final TermColor DEFAULT = new TermColor(Kind.DEFAULT, 0);

    public enum Kind { DEFAULT, ANSI16, INDEX256, RGB }

    public static TermColor ansi(AnsiColor c) {
        return new TermColor(Kind.ANSI16, c.index());
    }

    public static TermColor index(int i) {
        return new TermColor(Kind.INDEX256, i);
    }

    public static TermColor rgb(Rgb c) {
        return new TermColor(Kind.RGB, c.r() << 16 | c.g() << 8 | c.b());
    }

    public boolean isDefault() {
        return kind == Kind.DEFAULT;
    }
}
