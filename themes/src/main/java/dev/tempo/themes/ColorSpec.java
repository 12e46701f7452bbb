package dev.tempo.themes;

/**
 * One colour of a theme as written: a 24-bit value and/or an ANSI colour name, with optional explicit
 * choices for 256- and 16-colour terminals. What is not given is derived from the 24-bit value (nearest
 * palette entry); an ANSI name alone serves every depth. All null: the terminal's default colour.
 */
public record ColorSpec(Rgb rgb, AnsiColor ansi, Integer index256, AnsiColor ansi16) {
    public static final ColorSpec DEFAULT = new ColorSpec(null, null, null, null);

    public TermColor at(ColorDepth depth) {
        return switch (depth) {
            case NONE -> TermColor.DEFAULT;
            case TRUECOLOR -> rgb != null ? TermColor.rgb(rgb) : at(ColorDepth.ANSI256);
            case ANSI256 -> {
                if (index256 != null) yield TermColor.index(index256);
                if (rgb != null) yield TermColor.index(rgb.nearest256());
                yield at(ColorDepth.ANSI16);
            }
            case ANSI16 -> {
                if (ansi16 != null) yield TermColor.ansi(ansi16);
                if (ansi != null) yield TermColor.ansi(ansi);
                if (rgb != null) yield TermColor.ansi(rgb.nearest16());
                yield TermColor.DEFAULT;
            }
        };
    }
}
