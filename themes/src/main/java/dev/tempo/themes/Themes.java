package dev.tempo.themes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The built-in themes (resources under tempo/themes/) and user theme files. */
public final class Themes {
    /** The built-in themes, in the order T cycles through them. */
    public static final List<String> BUILT_IN = List.of("dark", "light", "high-contrast", "no-color");
    public static final String DEFAULT = "dark";
    public static final String NO_COLOR = "no-color";

    private Themes() {}

    /** A built-in theme by name. */
    public static Theme builtIn(String name) throws ThemeException {
        if (!BUILT_IN.contains(name)) {
            throw new ThemeException("unknown theme '" + name + "' (built-in themes: " + String.join(", ", BUILT_IN)
                    + "; or give the path of a .toml theme file)");
        }
        String resource = "tempo/themes/" + name + ".toml";
        try (InputStream in = Themes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new ThemeException("built-in theme " + resource + " is missing from the classpath");
            return ThemeParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, Themes::builtIn, true);
        } catch (IOException e) {
            throw new ThemeException("cannot read built-in theme " + resource + ": " + e.getMessage());
        }
    }

    /** A theme file; roles it leaves out come from the theme it extends, else from the default theme. */
    public static Theme file(Path file, String shownAs) throws ThemeException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ThemeException("cannot read theme file " + shownAs + ": " + (Files.exists(file) ? e.getMessage() : "no such file"));
        }
        Theme own = ThemeParser.parse(text, shownAs, Themes::builtIn, false);
        if (own.styles().size() == Role.values().length) return own;
        Theme base = builtIn(DEFAULT);
        java.util.Map<Role, Style> all = new java.util.EnumMap<>(base.styles());
        all.putAll(own.styles());
        return new Theme(own.name(), all);
    }

    /** The built-in theme after this one (by name), for cycling. */
    public static String next(String name) {
        int i = BUILT_IN.indexOf(name);
        return BUILT_IN.get((i + 1) % BUILT_IN.size());
    }
}
