package dev.tempo.themes;

/** How one role looks: foreground, background and text attributes. */
public record Style(ColorSpec fg, ColorSpec bg, boolean bold, boolean underline, boolean reverse) {
    public static final Style PLAIN = new Style(ColorSpec.DEFAULT, ColorSpec.DEFAULT, false, false, false);
}
