package dev.tempo.themes;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads a theme file (TOML):
 *
 * <pre>
 * name = "dark"
 * extends = "dark"            # optional: roles not given here come from this built-in theme
 * [roles]
 * pass = { fg = "#5fd787", fg16 = "green" }
 * selection = { fg = "#ffffff", bg = "#264f78", bg256 = 24, bold = true }
 * </pre>
 *
 * A colour is "#rrggbb", an ANSI name ("red", "bright-black"…) or "default"; {@code fg256}/{@code bg256}
 * (0-255) and {@code fg16}/{@code bg16} (an ANSI name) choose for smaller palettes instead of the nearest.
 * Attributes: {@code bold}, {@code underline}, {@code reverse}. Every error names file:line.
 */
public final class ThemeParser {
    private static final Set<String> PROPERTIES = Set.of("fg", "bg", "fg256", "bg256", "fg16", "bg16", "bold", "underline", "reverse");

    /** Finds the built-in theme a file extends. */
    @FunctionalInterface
    public interface Bases {
        Theme named(String name) throws ThemeException;
    }

    private final String file;

    private ThemeParser(String file) {
        this.file = file;
    }

    /**
     * @param file         how errors name the file
     * @param bases        built-in themes, for {@code extends}
     * @param requireAll   every role must be given (built-in themes), else missing ones come from the base
     */
    public static Theme parse(String text, String file, Bases bases, boolean requireAll) throws ThemeException {
        return new ThemeParser(file).read(text, bases, requireAll);
    }

    private Theme read(String text, Bases bases, boolean requireAll) throws ThemeException {
        TomlParseResult toml = Toml.parse(text);
        if (!toml.errors().isEmpty()) {
            TomlParseError e = toml.errors().getFirst();
            throw error(e.position(), e.getMessage().replaceFirst(" \\(line \\d+, column \\d+\\)$", ""));
        }
        for (String key : toml.keySet()) {
            if (!Set.of("name", "extends", "roles").contains(key)) {
                throw error(toml.inputPositionOf(key), "unknown key '" + key + "' (a theme has name, extends and [roles])");
            }
        }
        String name = string(toml, "name");
        String base = string(toml, "extends");
        Map<Role, Style> styles = new EnumMap<>(Role.class);
        if (base != null) {
            try {
                styles.putAll(bases.named(base).styles());
            } catch (ThemeException e) {
                throw error(toml.inputPositionOf("extends"), e.getMessage());
            }
        }
        Object roles = toml.get("roles");
        if (roles != null && !(roles instanceof TomlTable)) throw error(toml.inputPositionOf("roles"), "'roles' must be a table");
        if (roles instanceof TomlTable table) {
            for (String key : table.keySet()) {
                Role role = Role.byKey(key);
                if (role == null) throw error(table.inputPositionOf(key), "unknown role '" + key + "' (roles: " + roleList() + ")");
                styles.put(role, style(table, key));
            }
        }
        if (requireAll) {
            for (Role r : Role.values()) {
                if (!styles.containsKey(r)) throw new ThemeException(file + ": role '" + r.key() + "' is missing");
            }
        }
        if (name == null) name = base != null ? base : file;
        return new Theme(name, styles);
    }

    private Style style(TomlTable roles, String key) throws ThemeException {
        TomlPosition at = roles.inputPositionOf(key);
        Object value = roles.get(key);
        if (value instanceof String s) return new Style(color(s, at, key), ColorSpec.DEFAULT, false, false, false);
        if (!(value instanceof TomlTable t)) {
            throw error(at, "role '" + key + "' must be a colour string or a table such as { fg = \"#ff0000\", bold = true }");
        }
        for (String p : t.keySet()) {
            if (!PROPERTIES.contains(p)) throw error(at, "role '" + key + "': unknown property '" + p + "' (" + String.join(", ", PROPERTIES.stream().sorted().toList()) + ")");
        }
        ColorSpec fg = spec(t, "fg", at, key);
        ColorSpec bg = spec(t, "bg", at, key);
        return new Style(fg, bg, flag(t, "bold", at, key), flag(t, "underline", at, key), flag(t, "reverse", at, key));
    }

    private ColorSpec spec(TomlTable t, String which, TomlPosition at, String role) throws ThemeException {
        ColorSpec base = t.get(which) == null ? ColorSpec.DEFAULT : color(text(t, which, at, role), at, role);
        Integer index256 = null;
        Object i = t.get(which + "256");
        if (i != null) {
            if (!(i instanceof Long n) || n < 0 || n > 255) throw error(at, "role '" + role + "': " + which + "256 must be a number from 0 to 255");
            index256 = n.intValue();
        }
        AnsiColor ansi16 = null;
        if (t.get(which + "16") != null) {
            String name = text(t, which + "16", at, role);
            ansi16 = AnsiColor.byKey(name);
            if (ansi16 == null) throw error(at, "role '" + role + "': " + which + "16 must name one of the 16 ANSI colours, not '" + name + "'");
        }
        return new ColorSpec(base.rgb(), base.ansi(), index256, ansi16);
    }

    private ColorSpec color(String text, TomlPosition at, String role) throws ThemeException {
        if (text.equals("default")) return ColorSpec.DEFAULT;
        Rgb rgb = Rgb.parse(text);
        if (rgb != null) return new ColorSpec(rgb, null, null, null);
        AnsiColor ansi = AnsiColor.byKey(text);
        if (ansi != null) return new ColorSpec(null, ansi, null, null);
        throw error(at, "role '" + role + "': '" + text + "' is not a colour (use \"#rrggbb\", an ANSI name such as \"bright-red\", or \"default\")");
    }

    private String text(TomlTable t, String key, TomlPosition at, String role) throws ThemeException {
        if (!(t.get(key) instanceof String s)) throw error(at, "role '" + role + "': " + key + " must be a string");
        return s;
    }

    private boolean flag(TomlTable t, String key, TomlPosition at, String role) throws ThemeException {
        Object v = t.get(key);
        if (v == null) return false;
        if (!(v instanceof Boolean b)) throw error(at, "role '" + role + "': " + key + " must be true or false");
        return b;
    }

    private String string(TomlTable t, String key) throws ThemeException {
        Object v = t.get(key);
        if (v == null) return null;
        if (!(v instanceof String s)) throw error(t.inputPositionOf(key), "'" + key + "' must be a string");
        return s;
    }

    private ThemeException error(TomlPosition at, String message) {
        return new ThemeException(file + (at == null ? "" : ":" + at.line()) + ": " + message);
    }

    private static String roleList() {
        StringBuilder sb = new StringBuilder();
        for (Role r : Role.values()) sb.append(sb.isEmpty() ? "" : ", ").append(r.key());
        return sb.toString();
    }
}
