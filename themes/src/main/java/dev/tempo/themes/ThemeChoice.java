package dev.tempo.themes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * Which theme a run uses, first match wins: the {@code --theme} flag; {@code [test] theme} of
 * bunfig.toml; the project's own {@code .tempo/theme.toml}; under NO_COLOR the no-colour theme; else the
 * default. A value is a built-in name or a path (relative to the project) of a theme file.
 */
public final class ThemeChoice {
    public static final String PROJECT_THEME = ".tempo/theme.toml";

    private ThemeChoice() {}

    public static Theme resolve(String flag, Path projectRoot, Map<String, String> env) throws ThemeException {
        Theme chosen = explicit(flag, projectRoot);
        if (chosen != null) return chosen;
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) return Themes.builtIn(Themes.NO_COLOR);
        return Themes.builtIn(Themes.DEFAULT);
    }

    /**
     * The theme the user chose (the flag, bunfig.toml, the project's theme file), or null when none: the
     * line reporter then keeps bun's own colours.
     */
    public static Theme explicit(String flag, Path projectRoot) throws ThemeException {
        if (flag != null && !flag.isBlank()) return named(flag.trim(), projectRoot);
        String configured = fromBunfig(projectRoot);
        if (configured != null) return named(configured, projectRoot);
        Path own = projectRoot.resolve(PROJECT_THEME);
        if (Files.isRegularFile(own)) return Themes.file(own, PROJECT_THEME);
        return null;
    }

    /** A built-in name, or a theme file when the value ends in .toml or names a path. */
    public static Theme named(String value, Path projectRoot) throws ThemeException {
        if (Themes.BUILT_IN.contains(value)) return Themes.builtIn(value);
        if (value.endsWith(".toml") || value.contains("/")) return Themes.file(projectRoot.resolve(value), value);
        return Themes.builtIn(value); // the unknown-name error lists the built-ins
    }

    /** {@code [test] theme} of the project's bunfig.toml, or null. */
    static String fromBunfig(Path projectRoot) throws ThemeException {
        Path bunfig = projectRoot.resolve("bunfig.toml");
        if (!Files.isRegularFile(bunfig)) return null;
        TomlParseResult toml;
        try {
            toml = Toml.parse(bunfig);
        } catch (IOException e) {
            throw new ThemeException("cannot read bunfig.toml: " + e.getMessage());
        }
        if (toml.hasErrors()) return null; // the run's own bunfig reading reports it
        Object v = toml.get("test.theme");
        if (v == null) return null;
        if (!(v instanceof String s)) {
            throw new ThemeException("bunfig.toml:" + toml.inputPositionOf("test.theme").line() + ": [test] theme must be a string (a theme name or a .toml path)");
        }
        return s;
    }
}
